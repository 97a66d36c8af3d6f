"""PyTorch performance peer for GradFlow's engine benchmark (EngineBenchmark).

Same command line, task, optimiser and clipping as ../shared/bench/numpy_reference.py: full
backpropagation through time over all T steps, Adam (lr 1e-3, betas 0.9/0.999, eps 1e-8), gradient
norm clipped to --clip, one optimiser step per batch. Cells:

  rnn, lstm, gru   the adding problem (input 2, output 1 read from the last step, MSE), batch-first
  dense            --layers plain tanh layers of width --hidden on the two-spirals task
                   (T = 1, input 2, 2 classes, softmax cross-entropy), GradFlow's depth lesson

Prints one JSON line: {"impl": "torch-float64" | "torch-float32", "torch", "mode", "cell", "hidden",
["layers",] "length", "batch", "steps", "ms_per_step", "final_mse"}; for dense, final_mse holds the
cross-entropy. ms_per_step is timed after --warmup untimed steps and includes drawing each batch.

--mode nn (default) uses torch.nn.RNN / LSTM / GRU, whose time loop runs in ATen's C++ with autograd
recording each step; --mode cell writes each step's cell math out in Python (GradFlow's formulations
exactly, including the GRU's reset gate before the recurrent product) and lets autograd do BPTT.

    /usr/bin/python3 bench/torch_reference.py --cell lstm --hidden 64 --length 100 --batch 32 --steps 30
"""
import argparse
import json
import math
import time

import torch
import torch.nn.functional as F


def adding_batch(gen, B, T):
    """The adding problem: values U[0,1), one mark in each half of the sequence, target = sum of the
    two marked values."""
    vals = torch.rand(B, T, generator=gen)
    half = T // 2
    first = torch.randint(0, half, (B,), generator=gen)
    second = torch.randint(half, T, (B,), generator=gen)
    marks = torch.zeros(B, T)
    rows = torch.arange(B)
    marks[rows, first] = 1.0
    marks[rows, second] = 1.0
    x = torch.stack([vals, marks], dim=2)  # B, T, 2
    y = (vals * marks).sum(dim=1, keepdim=True)  # B, 1
    return x, y


def spirals_batch(gen, B):
    """Two interleaved spirals as GradFlow's SpiralsTask draws them: u U[0,1), class c in {0, 1},
    angle pi (3u + c), point u (cos, sin). Returns x (B, 1, 2) and the class indices (B,)."""
    u = torch.rand(B, generator=gen)
    c = torch.randint(0, 2, (B,), generator=gen)
    theta = math.pi * (3.0 * u + c)
    x = torch.stack([u * torch.cos(theta), u * torch.sin(theta)], dim=1)
    return x.unsqueeze(1), c


class NnRecurrent(torch.nn.Module):
    """torch.nn.RNN / LSTM / GRU, batch-first, read out at the last step."""

    def __init__(self, cell, hidden, gain):
        super().__init__()
        kinds = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}
        extra = {"nonlinearity": "tanh"} if cell == "rnn" else {}
        self.rnn = kinds[cell](2, hidden, batch_first=True, **extra)
        self.out = torch.nn.Linear(hidden, 1)
        with torch.no_grad():
            if cell == "rnn":
                torch.nn.init.orthogonal_(self.rnn.weight_hh_l0, gain)
                self.rnn.bias_ih_l0.zero_()
                self.rnn.bias_hh_l0.zero_()
            if cell == "lstm":
                # PyTorch's gate order is i, f, g, o: forget bias 1, as GradFlow's benchmark.
                self.rnn.bias_ih_l0.zero_()
                self.rnn.bias_hh_l0.zero_()
                self.rnn.bias_ih_l0[hidden:2 * hidden] = 1.0

    def forward(self, x):
        hs, _ = self.rnn(x)
        return self.out(hs[:, -1])


def uniform(n_in, n_out):
    """A Xavier-uniform (n_in, n_out) weight."""
    a = math.sqrt(6.0 / (n_in + n_out))
    return torch.nn.Parameter(torch.empty(n_in, n_out).uniform_(-a, a))


class CellRecurrent(torch.nn.Module):
    """The same cells written step by step, with GradFlow's formulations (gate blocks side by side
    in the columns: lstm i, f, o, g; gru u, r, g). The input products of all steps are one matmul."""

    def __init__(self, cell, hidden, gain):
        super().__init__()
        H = hidden
        self.cell, self.H = cell, H
        gates = {"rnn": 1, "lstm": 4, "gru": 3}[cell]
        self.Wx = uniform(2, gates * H)
        if cell == "rnn":
            self.Wh = torch.nn.Parameter(torch.nn.init.orthogonal_(torch.empty(H, H), gain))
        else:
            self.Wh = uniform(H, gates * H)
        b = torch.zeros(gates * H)
        if cell == "lstm":
            b[H:2 * H] = 1.0
        self.b = torch.nn.Parameter(b)
        self.Wo = uniform(H, 1)
        self.bo = torch.nn.Parameter(torch.zeros(1))

    def forward(self, x):
        B, T, _ = x.shape
        H = self.H
        ax = x @ self.Wx + self.b  # B, T, gates*H
        h = x.new_zeros(B, H)
        c = x.new_zeros(B, H)
        for t in range(T):
            a = ax[:, t]
            if self.cell == "rnn":
                h = torch.tanh(a + h @ self.Wh)
            elif self.cell == "lstm":
                a = a + h @ self.Wh
                i, f, o = torch.sigmoid(a[:, :3 * H]).split(H, dim=1)
                g = torch.tanh(a[:, 3 * H:])
                c = f * c + i * g
                h = o * torch.tanh(c)
            else:
                ur = torch.sigmoid(a[:, :2 * H] + h @ self.Wh[:, :2 * H])
                u, r = ur.split(H, dim=1)
                g = torch.tanh(a[:, 2 * H:] + (r * h) @ self.Wh[:, 2 * H:])
                h = u * h + (1 - u) * g
        return h @ self.Wo + self.bo


class DenseStack(torch.nn.Module):
    """Plain tanh layers (Xavier-uniform weights, zero biases) and a linear readout to 2 classes."""

    def __init__(self, layers, hidden):
        super().__init__()
        sizes = [2] + [hidden] * layers
        self.layers = torch.nn.ModuleList(torch.nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))
        for layer in self.layers:
            torch.nn.init.xavier_uniform_(layer.weight)
            torch.nn.init.zeros_(layer.bias)
        self.out = torch.nn.Linear(hidden, 2)

    def forward(self, x):
        h = x[:, -1]
        for layer in self.layers:
            h = torch.tanh(layer(h))
        return self.out(h)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cell", default="lstm", choices=["rnn", "lstm", "gru", "dense"])
    ap.add_argument("--act", default="tanh", choices=["tanh"])
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--length", type=int, default=100)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--gain", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--layers", type=int, default=30, help="dense only: the number of layers")
    ap.add_argument("--dtype", default="float64", choices=["float64", "float32"])
    ap.add_argument("--threads", type=int, default=1, help="torch.set_num_threads")
    ap.add_argument("--mode", default="nn", choices=["nn", "cell"],
                    help="rnn/lstm/gru: torch.nn modules or per-step cell math")
    ap.add_argument("--warmup", type=int, default=5, help="untimed steps before timing")
    a = ap.parse_args()
    if a.cell == "dense" and a.length != 1:
        ap.error("the dense stack's spirals task has length 1")

    torch.set_num_threads(a.threads)
    torch.set_default_dtype(getattr(torch, a.dtype))
    torch.manual_seed(a.seed)
    gen = torch.Generator().manual_seed(a.seed)

    if a.cell == "dense":
        model = DenseStack(a.layers, a.hidden)
    elif a.mode == "nn":
        model = NnRecurrent(a.cell, a.hidden, a.gain)
    else:
        model = CellRecurrent(a.cell, a.hidden, a.gain)
    params = list(model.parameters())
    opt = torch.optim.Adam(params, lr=a.lr, betas=(0.9, 0.999), eps=1e-8)

    def step():
        if a.cell == "dense":
            x, labels = spirals_batch(gen, a.batch)
            loss = F.cross_entropy(model(x), labels)
        else:
            x, y = adding_batch(gen, a.batch, a.length)
            loss = F.mse_loss(model(x), y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        if a.clip:
            torch.nn.utils.clip_grad_norm_(params, a.clip)
        opt.step()
        return loss.item()

    for _ in range(a.warmup):
        step()
    losses = []
    t0 = time.perf_counter()
    for _ in range(a.steps):
        losses.append(step())
    dt = time.perf_counter() - t0

    result = {"impl": "torch-" + a.dtype, "torch": torch.__version__,
              "mode": "nn" if a.cell == "dense" else a.mode, "cell": a.cell, "hidden": a.hidden}
    if a.cell == "dense":
        result["layers"] = a.layers
    tail = losses[-min(100, len(losses)):]
    result.update({"length": a.length, "batch": a.batch, "steps": a.steps,
                   "ms_per_step": 1000 * dt / a.steps, "final_mse": sum(tail) / len(tail)})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
