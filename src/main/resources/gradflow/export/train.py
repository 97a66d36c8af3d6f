#!/usr/bin/env python3
# @TITLE@, rebuilt in PyTorch: exported by GradFlow as train.py.
#
# What it does: rebuilds the same stack as GradFlow (every cell and connection with GradFlow's
# equations, gate order and projections, the linear readout and the loss), makes the same seeded
# batches (a port of GradFlow's SplitMix64 task generators, bit for bit), trains with the same
# optimiser and clipping for training.steps, and prints, at step 0 and every probeEvery steps,
# the loss and ||dL/dh_t||: for each layer and time step, the batch mean of the L2 norm of the
# gradient reaching the hidden state h_t, the numbers of GradFlow's heatmap.
#
# The initial weights:
#   python3 train.py --weights weights.json
#       loads GradFlow's own initial weights (export weights.json from the same experiment). The
#       numbers then match GradFlow's probes to rounding: GradFlow's tests run this script at step
#       0 and find ||dL/dh_t|| and the loss within 1e-6 relative error (measured: about 1e-15 to 1e-14).
#   python3 train.py
#       draws them with PyTorch by the same scheme (same distributions, same spectral-radius
#       rescaling of every recurrent matrix). The numbers then match GradFlow's in distribution,
#       not digit for digit.
#
# Other options: --jsonl prints each probe as one JSON line (GradFlow's probe field names);
# --batch-from batch.json trains that step on GradFlow's exported batch instead of the port's;
# --dump-batch K prints the port's batch of step K as JSON and exits.
#
# Needs Python 3 and PyTorch 1.13 or later, nothing else (no numpy). Computes in float64, as
# GradFlow does. Conventions as in GradFlow: row vectors, x_t Wx + h_{t-1} Wh + b, gate blocks
# side by side in the columns, zero initial states.
import argparse
import json
import math
import sys

import torch

# The experiment as GradFlow saved it, for reference.
SPEC = json.loads(
    """
@SPEC@
"""
)

# What GradFlow's engine builds from it: every default filled in. The script reads only this.
CONFIG = json.loads(
    """
@CONFIG@
"""
)

torch.set_default_dtype(torch.float64)

# ---------------------------------------------------------------------------------------------
# The batches: GradFlow's SplitMix64 (Steele, Lea and Flood 2014) and task generators, ported so
# that every batch is the same, number for number, as GradFlow's.

MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


class SplitMix:
    def __init__(self, seed):
        self.state = seed & MASK

    @staticmethod
    def for_batch(seed, step):
        # Mixing (seed, step) makes any step's batch without replaying the earlier ones.
        return SplitMix(mix((seed & MASK) ^ mix((step * GOLDEN_GAMMA + 0x632BE59BD9B4E019) & MASK)))

    def next_long(self):
        self.state = (self.state + GOLDEN_GAMMA) & MASK
        return mix(self.state)

    def next_double(self):
        return (self.next_long() >> 11) * 2.0**-53

    def next_int(self, bound):
        # Rejecting the top of the range keeps r % bound free of modulo bias.
        limit = (1 << 32) - ((1 << 32) % bound)
        while True:
            r = self.next_long() >> 32
            if r < limit:
                return r % bound

    def next_range(self, lo, hi):
        return lo + self.next_int(hi - lo)


def one_hot(symbols, width):
    """symbols[t][b] -> (T, B, width)."""
    rows = []
    for step in symbols:
        row = []
        for s in step:
            v = [0.0] * width
            v[s] = 1.0
            row.append(v)
        rows.append(row)
    return torch.tensor(rows)


def classification(inputs, steps, labels):
    return {"inputs": inputs, "steps": steps, "labels": torch.tensor(labels), "values": None}


def marked_pair(rng, t):
    half = t // 2
    return (rng.next_range(0, half), rng.next_range(half, t))


def value_and_marker(values, marked):
    """x_t = (value_t, marker_t), the inputs of adding and parity: (T, B, 2)."""
    batch, t = len(values), len(values[0])
    x = [[[values[b][s], 0.0] for b in range(batch)] for s in range(t)]
    for b in range(batch):
        for s in marked[b]:
            x[s][b][1] = 1.0
    return torch.tensor(x)


def adding(rng, batch, n):
    values, marked = [], []
    for _ in range(batch):
        values.append([rng.next_double() for _ in range(n)])
        marked.append(marked_pair(rng, n))
    # 0.0 + a + b: GradFlow's order of addition, so the targets agree to the last bit.
    target = [[0.0 + values[b][marked[b][0]] + values[b][marked[b][1]]] for b in range(batch)]
    return {"inputs": value_and_marker(values, marked), "steps": [n - 1],
            "values": torch.tensor([target]), "labels": None}


def copy(rng, batch, delay):
    symbols = [[rng.next_int(8) for _ in range(10)] for _ in range(batch)]
    t = delay + 20
    shown = [[8] * batch for _ in range(t)]
    labels = [[8] * batch for _ in range(t)]
    for b in range(batch):
        for i in range(10):
            shown[i][b] = symbols[b][i]
            labels[delay + 10 + i][b] = symbols[b][i]
        shown[delay + 9][b] = 9
    return classification(one_hot(shown, 10), list(range(t)), labels)


def recall(rng, batch, distractors):
    seen = [[rng.next_int(8) for _ in range(distractors + 1)] for _ in range(batch)]
    shown = [[seen[b][s] for b in range(batch)] for s in range(distractors + 1)]
    shown.append([8] * batch)
    return classification(one_hot(shown, 9), [distractors + 1], [[seen[b][0] for b in range(batch)]])


def order(rng, batch, t):
    streams = []
    for _ in range(batch):
        stream = [0] * t
        for s in range(1, t - 1):
            stream[s] = rng.next_int(4)
        stream[0], stream[t - 1] = 6, 7
        # As in Java, the step is drawn before the symbol that goes there.
        s1 = rng.next_range(t // 10, 2 * t // 10 + 1)
        stream[s1] = 4 + rng.next_int(2)
        s2 = rng.next_range(5 * t // 10, 6 * t // 10 + 1)
        stream[s2] = 4 + rng.next_int(2)
        streams.append(stream)
    labels = []
    for stream in streams:
        label = 0
        for s in stream:
            if s in (4, 5):
                label = 2 * label + (s - 4)
        labels.append(label)
    shown = [[streams[b][s] for b in range(batch)] for s in range(t)]
    return classification(one_hot(shown, 8), [t - 1], [labels])


def parity(rng, batch, t):
    bits, marked = [], []
    for _ in range(batch):
        bits.append([rng.next_int(2) for _ in range(t)])
        marked.append(marked_pair(rng, t))
    labels = [bits[b][marked[b][0]] ^ bits[b][marked[b][1]] for b in range(batch)]
    values = [[float(v) for v in row] for row in bits]
    return classification(value_and_marker(values, marked), [t - 1], [labels])


def reverse(rng, batch, n):
    read = [[rng.next_int(8) for _ in range(n)] for _ in range(batch)]
    shown = [[0] * batch for _ in range(2 * n + 1)]
    labels = [[0] * batch for _ in range(n)]
    for b in range(batch):
        for i in range(n):
            shown[i][b] = read[b][i]
            shown[n + 1 + i][b] = 8
            labels[i][b] = read[b][n - 1 - i]
        shown[n][b] = 9
    return classification(one_hot(shown, 10), list(range(n + 1, 2 * n + 1)), labels)


def spirals(rng, batch, _length):
    points, classes = [], []
    for _ in range(batch):
        u = rng.next_double()
        c = rng.next_int(2)
        theta = math.pi * (3.0 * u + c)
        # GradFlow uses Java's StrictMath; math.cos may differ from it in the last bit.
        points.append([u * math.cos(theta), u * math.sin(theta)])
        classes.append(c)
    return classification(torch.tensor([points]), [0], [classes])


TASKS = {"adding": adding, "copy": copy, "recall": recall, "order": order, "parity": parity,
         "reverse": reverse, "spirals": spirals}


def make_batch(step):
    task = CONFIG["task"]
    rng = SplitMix.for_batch(CONFIG["seed"], step)
    return TASKS[task["kind"]](rng, CONFIG["batchSize"], task["length"])


def read_batch(path):
    with open(path) as f:
        d = json.load(f)
    target = d["target"]
    batch = {"inputs": torch.tensor(d["inputs"]), "steps": target["steps"], "values": None,
             "labels": None}
    if target["kind"] == "regression":
        batch["values"] = torch.tensor(target["values"])
    else:
        batch["labels"] = torch.tensor(target["labels"])
    return d["step"], batch


def batch_json(step, batch):
    if batch["values"] is not None:
        target = {"kind": "regression", "steps": batch["steps"], "values": batch["values"].tolist()}
    else:
        target = {"kind": "classification", "steps": batch["steps"],
                  "labels": batch["labels"].tolist(), "classes": CONFIG["task"]["outputSize"]}
    return {"step": step, "inputs": batch["inputs"].tolist(), "target": target}


# ---------------------------------------------------------------------------------------------
# The stack. Each layer is a cell (rnn, lstm, gru, indrnn or dense) and a connection around it (plain,
# residual, dense or highway), with GradFlow's parameter names and shapes.

ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid,
               "identity": lambda z: z}


def fill(w, col0, cols, scheme):
    """GradFlow's initialisers, on the block w[:, col0:col0+cols]; fan-in = rows, fan-out = cols."""
    rows = w.shape[0]
    if scheme == "xavier":
        a = math.sqrt(6.0 / (rows + cols))
        block = torch.empty(rows, cols).uniform_(-a, a)
    elif scheme == "he":
        block = torch.randn(rows, cols) * math.sqrt(2.0 / rows)
    elif scheme == "normal":
        block = torch.randn(rows, cols) * math.sqrt(1.0 / rows)
    elif scheme == "identity":
        block = torch.eye(rows, cols)
    else:  # orthogonal: the top-left block of the Q of a Gaussian matrix, signs fixed by diag(R)
        n = max(rows, cols)
        q, r = torch.linalg.qr(torch.randn(n, n))
        block = q[:rows, :cols] * torch.sign(torch.diagonal(r))[:cols]
    w[:, col0:col0 + cols] = block


def rescale(w, col0, n, rho):
    """Scales the square block so that its largest |eigenvalue| becomes rho."""
    radius = torch.linalg.eigvals(w[:, col0:col0 + n]).abs().max().item()
    w[:, col0:col0 + n] *= rho / radius


class Layer(torch.nn.Module):
    def __init__(self, cfg, in_size, connection):
        super().__init__()
        self.kind, self.hidden = cfg["cell"], cfg["hidden"]
        self.activation = ACTIVATIONS[cfg.get("activation", "tanh")]
        self.forget_gate = cfg.get("forgetGate", True)
        self.connection = connection
        h = self.hidden
        self.gates = {"rnn": 1, "lstm": 4 if self.forget_gate else 3, "gru": 3, "indrnn": 1,
                      "dense": 1}[self.kind]
        zeros = lambda r, c: torch.nn.Parameter(torch.zeros(r, c))
        if self.kind == "dense":
            self.W, self.b = zeros(in_size, h), zeros(1, h)
            self.names = ["W", "b"]
        elif self.kind == "indrnn":
            # one recurrent weight per unit: the vector u instead of the matrix Wh
            self.Wx, self.u, self.b = zeros(in_size, h), zeros(1, h), zeros(1, h)
            self.names = ["Wx", "u", "b"]
        else:
            gh = self.gates * h
            self.Wx, self.Wh, self.b = zeros(in_size, gh), zeros(h, gh), zeros(1, gh)
            self.names = ["Wx", "Wh", "b"]
        if connection == "highway":
            self.WT, self.bT = zeros(in_size, h), zeros(1, h)
            self.names += ["WT", "bT"]
        # A projection P where a skip joins widths that differ.
        self.P = zeros(in_size, h) if connection in ("residual", "highway") and in_size != h else None
        if self.P is not None:
            self.names.append("P")

    def initialise(self, cfg):
        scheme, rho, h = CONFIG["init"], CONFIG["spectralRadius"], self.hidden
        with torch.no_grad():
            if self.kind == "dense":
                fill(self.W, 0, h, scheme)
            elif self.kind == "indrnn":
                fill(self.Wx, 0, h, scheme)
                self.u.uniform_(0.0, 1.0)  # as GradFlow: uniform in [0, 1), then max |u_j| = rho
                if rho is not None:
                    self.u *= rho / self.u.abs().max()
            else:
                for q in range(self.gates):
                    fill(self.Wx, q * h, h, scheme)
                    fill(self.Wh, q * h, h, scheme)
                    if rho is not None:
                        rescale(self.Wh, q * h, h, rho)
                if self.kind == "lstm" and self.forget_gate:
                    self.b[:, h:2 * h] = cfg["forgetBias"]
            if self.connection == "highway":
                fill(self.WT, 0, h, scheme)
                self.bT.fill_(CONFIG["highwayBias"])
            if self.P is not None:
                fill(self.P, 0, h, scheme)

    def cell(self, u):
        """Runs the cell over u (T, B, in): h_t per step, and c_t and f_t for an LSTM."""
        h_dim, hs, cs, fs = self.hidden, [], [], []
        for t in range(u.shape[0]):
            if self.kind == "dense":
                # (1) z_t = x_t W + b, (2) h_t = sigma(z_t)
                h = self.activation(u[t] @ self.W + self.b)
            elif self.kind == "rnn":
                # (1) z_t = x_t Wx + h_{t-1} Wh + b, (2) h_t = sigma(z_t)
                z = u[t] @ self.Wx + self.b
                h = self.activation(z if t == 0 else z + hs[-1] @ self.Wh)
            elif self.kind == "indrnn":
                # (1) z_t = x_t Wx + u * h_{t-1} + b, (2) h_t = sigma(z_t)
                z = u[t] @ self.Wx + self.b
                h = self.activation(z if t == 0 else z + self.u * hs[-1])
            elif self.kind == "lstm":
                # gate blocks i, f, o, g (i, o, g without a forget gate)
                a = u[t] @ self.Wx + self.b
                if t > 0:
                    a = a + hs[-1] @ self.Wh
                col_o = (2 if self.forget_gate else 1) * h_dim
                i = torch.sigmoid(a[:, :h_dim])
                o = torch.sigmoid(a[:, col_o:col_o + h_dim])
                g = torch.tanh(a[:, col_o + h_dim:])
                f = torch.sigmoid(a[:, h_dim:2 * h_dim]) if self.forget_gate else None
                # (3) c_t = f_t * c_{t-1} + i_t * g_t  (f_t = 1 without a forget gate)
                if t == 0:
                    c = i * g
                else:
                    c = (cs[-1] if f is None else f * cs[-1]) + i * g
                c.retain_grad()
                cs.append(c)
                fs.append(1.0 if f is None else f.mean().item())
                # (4) h_t = o_t * tanh(c_t)
                h = o * torch.tanh(c)
            else:
                # gru, gate blocks u, r, g: (1) u_t, (2) r_t, (3) g_t = tanh(x Wx^g + (r*h) Wh^g + b^g)
                a = u[t] @ self.Wx + self.b
                ur = a[:, :2 * h_dim] if t == 0 else a[:, :2 * h_dim] + hs[-1] @ self.Wh[:, :2 * h_dim]
                upd, reset = torch.sigmoid(ur[:, :h_dim]), torch.sigmoid(ur[:, h_dim:])
                ag = a[:, 2 * h_dim:]
                if t > 0:
                    ag = ag + (reset * hs[-1]) @ self.Wh[:, 2 * h_dim:]
                g = torch.tanh(ag)
                # (4) h_t = u_t * h_{t-1} + (1 - u_t) * g_t
                h = (1 - upd) * g if t == 0 else upd * hs[-1] + (1 - upd) * g
            # The probe's dL/dh_t is the gradient of this very tensor: every path passes through it.
            h.retain_grad()
            hs.append(h)
        return hs, cs, fs

    def connect(self, u, hidden):
        """The layer's output y from its input u and its cell's states (T, B, H)."""
        if self.connection in ("plain", "dense"):
            return hidden
        carried = u if self.P is None else u @ self.P
        if self.connection == "residual":
            return hidden + carried  # y = h + u P
        gate = torch.sigmoid(u @ self.WT + self.bT)  # highway: y = T * h + (1 - T) * u P
        return gate * hidden + (1 - gate) * carried


class Stack(torch.nn.Module):
    def __init__(self):
        super().__init__()
        task, connection = CONFIG["task"], CONFIG["connection"]
        layers, dense_in = [], task["inputSize"]
        for l, cfg in enumerate(CONFIG["layers"]):
            if connection == "dense":
                in_size = dense_in  # [x, h_0, ..., h_{l-1}]
            else:
                in_size = task["inputSize"] if l == 0 else CONFIG["layers"][l - 1]["hidden"]
            layers.append(Layer(cfg, in_size, connection))
            dense_in += cfg["hidden"]
        self.layers = torch.nn.ModuleList(layers)
        top = CONFIG["layers"][-1]["hidden"]
        self.Wo = torch.nn.Parameter(torch.zeros(top, task["outputSize"]))
        self.bo = torch.nn.Parameter(torch.zeros(1, task["outputSize"]))

    def initialise(self):
        for layer, cfg in zip(self.layers, CONFIG["layers"]):
            layer.initialise(cfg)
        with torch.no_grad():
            fill(self.Wo, 0, self.Wo.shape[1], "xavier")  # the readout is always xavier

    def load(self, path):
        with open(path) as f:
            weights = json.load(f)
        owners = list(zip(self.layers, weights["layers"])) + [(self, weights["readout"])]
        with torch.no_grad():
            for owner, named in owners:
                for name, rows in named.items():
                    target, values = getattr(owner, name), torch.tensor(rows)
                    if target.shape != values.shape:
                        sys.exit(f"{path}: {name} is {tuple(values.shape)}, "
                                 f"this spec needs {tuple(target.shape)}")
                    target.copy_(values)

    def forward(self, batch):
        x, outputs, states = batch["inputs"], [], []
        y = x
        for l, layer in enumerate(self.layers):
            u = torch.cat([x] + outputs, dim=2) if layer.connection == "dense" and l > 0 else y
            hs, cs, fs = layer.cell(u)
            hidden = torch.stack(hs)
            outputs.append(hidden)
            states.append((hs, cs, fs))
            y = layer.connect(u, hidden)
        # the readout o_k = y_{s_k} Wo + bo at the loss steps
        o = torch.stack([y[s] for s in batch["steps"]]) @ self.Wo + self.bo
        if batch["values"] is not None:
            loss = ((o - batch["values"]) ** 2).mean()  # MSE, no factor 1/2
        else:
            loss = torch.nn.functional.cross_entropy(o.reshape(-1, o.shape[2]),
                                                     batch["labels"].reshape(-1))
        return loss, states


# ---------------------------------------------------------------------------------------------
# Training: GradFlow's loop, probe, clipping and optimisers.

def norm(tensors):
    return math.sqrt(sum(float((g * g).sum()) for g in tensors))


def grads(params):
    return [p.grad if p.grad is not None else torch.zeros_like(p) for p in params]


def mean_row_norms(tensors):
    return [0.0 if v.grad is None else v.grad.norm(dim=1).mean().item() for v in tensors]


def probe(step, loss, stack, states, before):
    layers = list(stack.layers)
    return {
        "step": step,
        "loss": loss,
        "hiddenGrad": [mean_row_norms(hs) for hs, _, _ in states],
        "cellGrad": [mean_row_norms(cs) if layer.kind == "lstm" else None
                     for layer, (_, cs, _) in zip(layers, states)],
        "forgetGate": [fs if layer.kind == "lstm" else None for layer, (_, _, fs) in zip(layers, states)],
        "weightGrad": [norm(grads(layer.parameters())) for layer in layers],
        "readoutGrad": norm(grads([stack.Wo, stack.bo])),
        "globalNormBefore": before,
        "globalNormAfter": before,
        "clipped": False,
        "spectralRadius": [spectral_radii(layer) for layer in layers],
    }


def spectral_radii(layer):
    if layer.kind == "dense":
        return []
    if layer.kind == "indrnn":  # diag(u): its eigenvalues are the entries of u
        return [layer.u.detach().abs().max().item()]
    h = layer.hidden
    with torch.no_grad():
        return [torch.linalg.eigvals(layer.Wh[:, q * h:(q + 1) * h]).abs().max().item()
                for q in range(layer.gates)]


def optimiser(params):
    o = CONFIG["optimizer"]
    kind, lr = o["kind"], o["learningRate"]
    # Each is GradFlow's update: sgd w -= lr g; momentum v = beta1 v + g, w -= lr v; rmsprop
    # s = beta2 s + (1 - beta2) g^2, w -= lr g / (sqrt(s) + eps); adam with bias corrections.
    if kind == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if kind == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=o["beta1"])
    if kind == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=o["beta2"], eps=o["epsilon"])
    return torch.optim.Adam(params, lr=lr, betas=(o["beta1"], o["beta2"]), eps=o["epsilon"])


def clip(params, before):
    """Norm clipping (g <- theta g / |g| when |g| > theta), then value clipping; as GradFlow."""
    clipped = False
    theta, v = CONFIG["clipNorm"], CONFIG["clipValue"]
    with torch.no_grad():
        # Not clip_grad_norm_: it divides by |g| + 1e-6, which GradFlow does not.
        if theta > 0 and before > theta:
            for p in params:
                p.grad.mul_(theta / before)
            clipped = True
        if v > 0:
            for p in params:
                clipped = clipped or bool((p.grad.abs() > v).any())
                p.grad.clamp_(-v, v)
    return clipped, (norm([p.grad for p in params]) if clipped else before)


def show(p, jsonl):
    if jsonl:
        print(json.dumps(p), flush=True)
        return
    print(f"step {p['step']}: loss {p['loss']:.6g}, gradient norm {p['globalNormBefore']:.4g}"
          + (f" (clipped to {p['globalNormAfter']:.4g})" if p["clipped"] else ""))
    for l, row in enumerate(p["hiddenGrad"]):
        print(f"  layer {l + 1} ||dL/dh_t||, t = 0..{len(row) - 1}: "
              + " ".join(f"{v:.3e}" for v in row))
    sys.stdout.flush()


def train(stack, batches, jsonl):
    params = list(stack.parameters())
    opt = optimiser(params)
    steps, every = CONFIG["steps"], CONFIG["probeEvery"]
    k = 0
    while True:
        last = k >= steps
        # After the last update the trained network is probed once more, on a probe step.
        if last and not (steps == 0 or steps % every == 0):
            break
        want = last or k % every == 0
        opt.zero_grad(set_to_none=True)
        loss, states = stack(batches(k))
        if not math.isfinite(loss.item()):
            print(f"diverged at step {k}: the loss is {loss.item()}")
            return
        loss.backward()
        for p in params:
            if p.grad is None:  # a matrix no path used, e.g. Wh when T = 1
                p.grad = torch.zeros_like(p)
        before = norm([p.grad for p in params])
        # Measured before clipping, as GradFlow's probe is.
        measured = probe(k, loss.item(), stack, states, before) if want else None
        clipped, after = (False, before)
        if math.isfinite(before) and not last:
            clipped, after = clip(params, before)
        if want:
            measured.update(globalNormAfter=after, clipped=clipped)
            show(measured, jsonl)
        if not math.isfinite(before):
            print(f"diverged at step {k}: the gradient norm is {before}")
            return
        if last:
            break
        opt.step()
        k += 1
    if not jsonl:
        print(f"finished: {steps} steps")


def main():
    parser = argparse.ArgumentParser(description="@TITLE@, in PyTorch (exported by GradFlow)")
    parser.add_argument("--weights", help="GradFlow's initial weights (weights.json)")
    parser.add_argument("--batch-from", help="GradFlow's batch of one step (batch.json)")
    parser.add_argument("--jsonl", action="store_true", help="print each probe as a JSON line")
    parser.add_argument("--dump-batch", type=int, metavar="K", help="print step K's batch, exit")
    args = parser.parse_args()
    if args.dump_batch is not None:
        print(json.dumps(batch_json(args.dump_batch, make_batch(args.dump_batch))))
        return
    torch.manual_seed(CONFIG["seed"])
    stack = Stack()
    if args.weights:
        stack.load(args.weights)
    else:
        stack.initialise()
    given = read_batch(args.batch_from) if args.batch_from else (None, None)
    train(stack, lambda k: given[1] if k == given[0] else make_batch(k), args.jsonl)


if __name__ == "__main__":
    main()
