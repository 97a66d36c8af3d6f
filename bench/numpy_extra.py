"""Plain numpy performance peers for the two configs that ../shared/bench/numpy_reference.py lacks,
in the same style (float64, hand-written backward pass, Adam, gradient norm clipped to --clip, no
warm-up, timing includes drawing each batch):

  gru    a GRU with GradFlow's formulation (GruCell: update u, reset r before the recurrent
         product, h = u*h_prev + (1-u)*g) and full BPTT on the adding problem (MSE at the last step)
  dense  --layers plain tanh layers of width --hidden on the two-spirals task (T = 1, input 2,
         2 classes, softmax cross-entropy), GradFlow's depth lesson

Same command line as numpy_reference.py plus --layers. Prints one JSON line {"impl": "numpy", "cell",
"hidden", ["layers",] "length", "batch", "steps", "ms_per_step", "final_mse"}; for dense, final_mse
holds the cross-entropy. Run it single-threaded:
    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/numpy_extra.py --cell gru --hidden 64 --length 100 --batch 32 --steps 30
"""
import argparse, json, sys, time
import numpy as np

def adding_batch(rng, B, T):
    vals = rng.random((B, T))
    marks = np.zeros((B, T))
    a = rng.integers(0, T // 2, size=B)
    b = rng.integers(T // 2, T, size=B)
    marks[np.arange(B), a] = 1.0
    marks[np.arange(B), b] = 1.0
    x = np.stack([vals, marks], axis=2)            # B,T,2
    y = (vals * marks).sum(axis=1, keepdims=True)  # B,1
    return x, y

def spirals_batch(rng, B):
    u = rng.random(B)
    c = rng.integers(0, 2, size=B)
    theta = np.pi * (3.0 * u + c)
    x = np.stack([u * np.cos(theta), u * np.sin(theta)], axis=1)[:, None, :]  # B,1,2
    return x, c

def xavier(rng, n_in, n_out):
    a = np.sqrt(6.0 / (n_in + n_out))
    return rng.uniform(-a, a, size=(n_in, n_out))

def sig(z):
    return 1 / (1 + np.exp(-z))

class GRU:
    def __init__(self, rng, I, H):
        self.H = H
        self.p = {"Wx": xavier(rng, I, 3 * H), "Wur": xavier(rng, H, 2 * H), "Wg": xavier(rng, H, H),
                  "b": np.zeros(3 * H), "Wo": xavier(rng, H, 1), "bo": np.zeros(1)}
    def step(self, x, y):
        p = self.p; B, T, _ = x.shape; H = self.H
        ax = x @ p["Wx"] + p["b"]                  # B,T,3H: the input products of all steps
        h = np.zeros((B, H)); cache = []
        for t in range(T):
            ur = sig(ax[:, t, :2 * H] + h @ p["Wur"])
            u, r = ur[:, :H], ur[:, H:]
            rh = r * h
            g = np.tanh(ax[:, t, 2 * H:] + rh @ p["Wg"])
            cache.append((h, u, r, rh, g))
            h = u * h + (1 - u) * g
        out = h @ p["Wo"] + p["bo"]
        loss = float(np.mean((out - y) ** 2))
        dout = 2 * (out - y) / B
        g_ = {k: np.zeros_like(v) for k, v in p.items()}
        g_["Wo"] = h.T @ dout; g_["bo"] = dout.sum(0)
        dh = dout @ p["Wo"].T
        da = np.zeros((B, T, 3 * H))
        for t in reversed(range(T)):
            hp, u, r, rh, g = cache[t]
            dag = dh * (1 - u) * (1 - g * g)
            dau = dh * (hp - g) * u * (1 - u)
            drh = dag @ p["Wg"].T
            dar = drh * hp * r * (1 - r)
            daur = np.concatenate([dau, dar], axis=1)
            g_["Wg"] += rh.T @ dag; g_["Wur"] += hp.T @ daur
            da[:, t, :2 * H] = daur; da[:, t, 2 * H:] = dag
            dh = dh * u + drh * r + daur @ p["Wur"].T
        g_["Wx"] = x.reshape(B * T, -1).T @ da.reshape(B * T, -1)
        g_["b"] = da.reshape(B * T, -1).sum(0)
        return loss, g_

class Dense:
    def __init__(self, rng, I, H, L, classes=2):
        self.L = L
        self.p = {}
        n = I
        for l in range(L):
            self.p[f"W{l}"] = xavier(rng, n, H); self.p[f"b{l}"] = np.zeros(H); n = H
        self.p["Wo"] = xavier(rng, H, classes); self.p["bo"] = np.zeros(classes)
    def step(self, x, c):
        p = self.p; B = x.shape[0]
        hs = [x[:, -1]]
        for l in range(self.L):
            hs.append(np.tanh(hs[-1] @ p[f"W{l}"] + p[f"b{l}"]))
        logits = hs[-1] @ p["Wo"] + p["bo"]
        logits = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(logits); prob = e / e.sum(axis=1, keepdims=True)
        loss = float(-np.log(prob[np.arange(B), c]).mean())
        dlogits = prob; dlogits[np.arange(B), c] -= 1; dlogits /= B
        g = {"Wo": hs[-1].T @ dlogits, "bo": dlogits.sum(0)}
        dh = dlogits @ p["Wo"].T
        for l in reversed(range(self.L)):
            dz = dh * (1 - hs[l + 1] ** 2)
            g[f"W{l}"] = hs[l].T @ dz; g[f"b{l}"] = dz.sum(0)
            dh = dz @ p[f"W{l}"].T
        return loss, g

class Adam:
    def __init__(self, params, lr, clip):
        self.lr, self.clip, self.t = lr, clip, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}
    def update(self, params, grads):
        if self.clip:
            n = np.sqrt(sum((g * g).sum() for g in grads.values()))
            if n > self.clip:
                grads = {k: g * (self.clip / n) for k, g in grads.items()}
        self.t += 1
        for k in params:
            self.m[k] = 0.9 * self.m[k] + 0.1 * grads[k]
            self.v[k] = 0.999 * self.v[k] + 0.001 * grads[k] ** 2
            mh = self.m[k] / (1 - 0.9 ** self.t); vh = self.v[k] / (1 - 0.999 ** self.t)
            params[k] -= self.lr * mh / (np.sqrt(vh) + 1e-8)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cell", default="gru", choices=["gru", "dense"]); ap.add_argument("--act", default="tanh", choices=["tanh"])
    ap.add_argument("--hidden", type=int, default=64); ap.add_argument("--length", type=int, default=100)
    ap.add_argument("--batch", type=int, default=32); ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--lr", type=float, default=1e-3); ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--gain", type=float, default=1.0); ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--layers", type=int, default=30)
    a = ap.parse_args()
    if a.cell == "dense" and a.length != 1:
        ap.error("the dense stack's spirals task has length 1")
    rng = np.random.default_rng(a.seed)
    m = Dense(rng, 2, a.hidden, a.layers) if a.cell == "dense" else GRU(rng, 2, a.hidden)
    opt = Adam(m.p, a.lr, a.clip)
    t0 = time.perf_counter(); losses = []
    for s in range(a.steps):
        x, y = spirals_batch(rng, a.batch) if a.cell == "dense" else adding_batch(rng, a.batch, a.length)
        loss, g = m.step(x, y)
        opt.update(m.p, g); losses.append(loss)
    dt = time.perf_counter() - t0
    tail = float(np.mean(losses[-min(100, len(losses)):]))
    out = {"impl": "numpy", "cell": a.cell, "hidden": a.hidden}
    if a.cell == "dense":
        out["layers"] = a.layers
    out.update({"length": a.length, "batch": a.batch, "steps": a.steps,
                "ms_per_step": 1000 * dt / a.steps, "final_mse": tail})
    print(json.dumps(out))

if __name__ == "__main__":
    main()
