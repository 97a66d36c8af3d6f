package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Long short-term memory: Hochreiter and Schmidhuber 1997, with the forget gate of Gers,
 * Schmidhuber and Cummins 2000 ("Learning to forget") unless {@code forgetGate} is off; the
 * forget-gate bias of Jozefowicz, Zaremba and Sutskever 2015 is {@code forgetBias}. All gates come
 * from one fused product; the gate blocks sit side by side in the columns in the order i, f, o, g
 * (i, o, g without a forget gate). h_{−1} = c_{−1} = 0.
 *
 * <pre>
 * (1) a_t = x_t Wx + h_{t−1} Wh + b                          (B x G·H)
 * (2) i_t = σ(a^i), f_t = σ(a^f) (f_t = 1 without forget gate), o_t = σ(a^o), g_t = tanh(a^g)
 * (3) c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t                        (B x H)
 * (4) h_t = o_t ⊙ tanh(c_t)
 * backward, dh_t the total derivative, dc_T = 0:
 * (5) dc_t = dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)) + f_{t+1} ⊙ dc_{t+1}
 * (6) da^i = dc_t ⊙ g_t ⊙ i(1−i),  da^f = dc_t ⊙ c_{t−1} ⊙ f(1−f),
 *     da^o = dh_t ⊙ tanh(c_t) ⊙ o(1−o),  da^g = dc_t ⊙ i_t ⊙ (1 − g²)
 * (7) dWx = Σ_t x_tᵀ da_t,  dWh = Σ_t h_{t−1}ᵀ da_t,  db = Σ_t 1ᵀ da_t
 * (8) dh_{t−1} += da_t Whᵀ,  dx_t = da_t Wxᵀ
 * </pre>
 *
 * In (5) dc_t/dc_{t+1} is f_{t+1} itself, with no weight matrix and no squashing derivative: while
 * the forget gate stays open the cell-state gradient does not decay (DESIGN.md, lesson 2).
 */
final class LstmCell extends Cell {
  final boolean forgetGate;

  /** Number of gate blocks G: 4 with forget gate, 3 without. */
  final int gates;

  final int colI;
  final int colF;
  final int colO;
  final int colG;
  final Param Wx;
  final Param Wh;
  final Param b;

  /** Activated gates stacked (T·B x G·H). */
  final DMatrixRMaj act = new DMatrixRMaj(1, 1);

  /** c_t stacked (T·B x H). */
  final DMatrixRMaj c = new DMatrixRMaj(1, 1);

  /** tanh(c_t) stacked (T·B x H). */
  private final DMatrixRMaj tc = new DMatrixRMaj(1, 1);

  private final DMatrixRMaj da = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj dcs = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj WhT;
  private final DMatrixRMaj WxT;

  LstmCell(
      Kernels k, int in, LayerConfig cfg, InitScheme scheme, Double rho, SplittableRandom rng) {
    super(k, in, cfg.hidden());
    int H = hidden;
    forgetGate = cfg.forgetGate();
    gates = forgetGate ? 4 : 3;
    colI = 0;
    colF = forgetGate ? H : -1;
    colO = forgetGate ? 2 * H : H;
    colG = colO + H;
    int GH = gates * H;
    Wx = new Param("Wx", in, GH);
    Wh = new Param("Wh", H, GH);
    b = new Param("b", 1, GH);
    for (int q = 0; q < gates; q++) {
      Init.fill(Wx.value, q * H, H, scheme, rng);
      Init.fill(Wh.value, q * H, H, scheme, rng);
      if (rho != null) {
        Init.rescale(Wh.value, q * H, H, rho);
      }
    }
    if (forgetGate) {
      for (int j = 0; j < H; j++) {
        b.v()[colF + j] = cfg.forgetBias();
      }
    }
    WhT = new DMatrixRMaj(GH, H);
    WxT = new DMatrixRMaj(GH, in);
  }

  @Override
  List<Param> params() {
    return List.of(Wx, Wh, b);
  }

  @Override
  void resizeWork(int rows) {
    fit(act, rows, gates * hidden);
    fit(da, rows, gates * hidden);
    fit(c, rows, hidden);
    fit(tc, rows, hidden);
    fit(dcs, rows, hidden);
  }

  @Override
  void forward(DMatrixRMaj x) {
    int H = hidden;
    int B = batch;
    int GH = gates * H;
    double[] a = act.data;
    double[] cd = c.data;
    double[] hd = h.data;
    double[] tcd = tc.data;
    for (int t = 0; t < steps; t++) {
      checkInterrupt();
      int ao = t * B * GH;
      int so = t * B * H;
      // (1) a_t = b + x_t Wx, step by step so that a_t stays in cache   (B x G·H)
      fillRows(a, ao, B, GH, b.v());
      k.mult(x.data, t * B * in, in, Wx.v(), 0, GH, a, ao, GH, B, in, GH, true);
      // (1) a_t += h_{t−1} Wh   (B x H)(H x G·H)
      if (t > 0) {
        k.mult(hd, so - B * H, H, Wh.v(), 0, GH, a, ao, GH, B, H, GH, true);
      }
      // (2) the sigmoid gates are the first G−1 blocks of each row, g the last
      for (int r = 0; r < B; r++) {
        k.sigmoid(a, ao + r * GH, GH - H);
        k.tanh(a, ao + r * GH + colG, H);
      }
      // (3) c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t   (B x H)
      for (int r = 0; r < B; r++) {
        int ar = ao + r * GH;
        int sr = so + r * H;
        int ai = ar + colI;
        int ag = ar + colG;
        for (int j = 0; j < H; j++) {
          cd[sr + j] = a[ai + j] * a[ag + j];
        }
        if (t > 0) {
          int prev = sr - B * H;
          if (forgetGate) {
            int af = ar + colF;
            for (int j = 0; j < H; j++) {
              cd[sr + j] += a[af + j] * cd[prev + j];
            }
          } else {
            for (int j = 0; j < H; j++) {
              cd[sr + j] += cd[prev + j];
            }
          }
        }
      }
      stateHook.computed(State.CELL, t, cd);
      // (4) h_t = o_t ⊙ tanh(c_t)
      System.arraycopy(cd, so, tcd, so, B * H);
      k.tanh(tcd, so, B * H);
      for (int r = 0; r < B; r++) {
        int ar = ao + r * GH + colO;
        int sr = so + r * H;
        for (int j = 0; j < H; j++) {
          hd[sr + j] = a[ar + j] * tcd[sr + j];
        }
      }
      computedH(t);
    }
  }

  @Override
  void backward(DMatrixRMaj x, DMatrixRMaj dx) {
    int H = hidden;
    int B = batch;
    int GH = gates * H;
    int n = steps * B;
    double[] a = act.data;
    double[] cd = c.data;
    double[] tcd = tc.data;
    double[] dhd = dh.data;
    double[] dcd = dcs.data;
    double[] dad = da.data;
    CommonOps_DDRM.transpose(Wh.value, WhT);
    for (int t = steps - 1; t >= 0; t--) {
      checkInterrupt();
      int ao = t * B * GH;
      int so = t * B * H;
      // One simple loop per quantity, so that the JIT can vectorise each of them.
      for (int r = 0; r < B; r++) {
        int ar = ao + r * GH;
        int sr = so + r * H;
        int ai = ar + colI;
        int af = ar + colF;
        int ag = ar + colG;
        int aq = ar + colO;
        // (5) dc_t = dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)) + f_{t+1} ⊙ dc_{t+1}
        for (int j = 0; j < H; j++) {
          dcd[sr + j] = dhd[sr + j] * a[aq + j] * (1.0 - tcd[sr + j] * tcd[sr + j]);
        }
        if (t + 1 < steps) {
          int next = sr + B * H;
          if (forgetGate) {
            int fNext = af + B * GH;
            for (int j = 0; j < H; j++) {
              dcd[sr + j] += a[fNext + j] * dcd[next + j];
            }
          } else {
            for (int j = 0; j < H; j++) {
              dcd[sr + j] += dcd[next + j];
            }
          }
        }
        // (6) gate pre-activation gradients   (B x G·H)
        for (int j = 0; j < H; j++) {
          double i = a[ai + j];
          dad[ai + j] = dcd[sr + j] * a[ag + j] * i * (1.0 - i);
        }
        for (int j = 0; j < H; j++) {
          double o = a[aq + j];
          dad[aq + j] = dhd[sr + j] * tcd[sr + j] * o * (1.0 - o);
        }
        for (int j = 0; j < H; j++) {
          double g = a[ag + j];
          dad[ag + j] = dcd[sr + j] * a[ai + j] * (1.0 - g * g);
        }
        if (forgetGate) {
          if (t > 0) {
            int prev = sr - B * H;
            for (int j = 0; j < H; j++) {
              double f = a[af + j];
              dad[af + j] = dcd[sr + j] * cd[prev + j] * f * (1.0 - f);
            }
          } else {
            java.util.Arrays.fill(dad, af, af + H, 0.0);
          }
        }
      }
      // (7) db += 1ᵀ da_t, while da_t is in cache
      k.addColumnSums(dad, ao, B, GH, b.g());
      // (8) dh_{t−1} += da_t Whᵀ   (B x G·H)(G·H x H)
      if (t > 0) {
        k.mult(dad, ao, GH, WhT.data, 0, H, dhd, so - B * H, H, B, GH, H, true);
      }
    }
    // (7) dWx += Σ_t x_tᵀ da_t   (in x G·H)
    k.multTransA(x.data, 0, in, dad, 0, GH, Wx.g(), 0, GH, in, n, GH);
    // (7) dWh += Σ_{t≥1} h_{t−1}ᵀ da_t   (H x G·H)
    if (steps > 1) {
      k.multTransA(h.data, 0, H, dad, B * GH, GH, Wh.g(), 0, GH, H, n - B, GH);
    }
    // (8) dx_t = da_t Wxᵀ   (T·B x in)
    if (dx != null) {
      CommonOps_DDRM.transpose(Wx.value, WxT);
      k.mult(dad, 0, GH, WxT.data, 0, in, dx.data, 0, in, n, GH, in, true);
    }
  }

  DMatrixRMaj tanhC() {
    return tc;
  }

  /** Whᵀ as the last backward pass used it (G·H x H). */
  DMatrixRMaj whT() {
    return WhT;
  }

  @Override
  double[] stepWeightGrad() {
    int H = hidden;
    int B = batch;
    int GH = gates * H;
    double[] sq = new double[steps];
    var shares = new StepShares(k, B, GH);
    // (7) step t's share of dWh: h_{t−1}ᵀ da_t   (H x G·H)
    for (int t = 1; t < steps; t++) {
      shares.add(sq, t, h.data, (t - 1) * B * H, H, da.data, t * B * GH, GH, GH);
    }
    return roots(sq);
  }

  @Override
  CellTerms cellTerms() {
    var terms = new LstmCellTerms(this);
    terms.start();
    for (int t = steps - 1; t >= 0; t--) {
      terms.measure(t);
    }
    return terms.result();
  }

  @Override
  DMatrixRMaj dc() {
    return dcs;
  }

  @Override
  double[] forgetGateMeans() {
    int H = hidden;
    int GH = gates * H;
    double[] out = new double[steps];
    if (!forgetGate) {
      // the 1997 LSTM keeps its whole cell state: f_t = 1
      java.util.Arrays.fill(out, 1.0);
      return out;
    }
    for (int t = 0; t < steps; t++) {
      checkInterrupt();
      double s = 0;
      for (int r = 0; r < batch; r++) {
        int ar = (t * batch + r) * GH + colF;
        for (int j = 0; j < H; j++) {
          s += act.data[ar + j];
        }
      }
      out[t] = s / (batch * H);
    }
    return out;
  }

  @Override
  int productColumns() {
    return gates * hidden;
  }

  @Override
  int matrixBlocks() {
    return gates;
  }

  @Override
  double recurrentNorm() {
    return org.ejml.dense.row.NormOps_DDRM.normF(Wh.value);
  }

  @Override
  Spectrum[] spectra() {
    // Without a forget gate its block is not there: i, o, g.
    var names =
        CellKind.LSTM.recurrentBlocks().stream()
            .map(CellKind.Block::name)
            .filter(n -> forgetGate || !n.equals("Wh_f"))
            .toList();
    Spectrum[] out = new Spectrum[gates];
    for (int q = 0; q < gates; q++) {
      out[q] = Init.spectrum(names.get(q), Wh.value, q * hidden, hidden);
    }
    return out;
  }

  @Override
  double derivationsInSteps() {
    // three (H x H) products per step for the cell terms, and step shares: 1.0 steps at H32,
    // 0.65–0.75 from H64 to H256
    return 1.0;
  }
}
