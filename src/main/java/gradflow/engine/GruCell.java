package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Gated recurrent unit of Cho et al. 2014 ("Learning phrase representations using RNN
 * encoder-decoder"), in DESIGN.md's names: update gate u_t, reset gate r_t, candidate g_t. Gate
 * blocks side by side in the columns in the order u, r, g; h_{−1} = 0.
 *
 * <pre>
 * (1) u_t = σ(x_t Wx^u + h_{t−1} Wh^u + b^u)                 (B x H)
 * (2) r_t = σ(x_t Wx^r + h_{t−1} Wh^r + b^r)
 * (3) g_t = tanh(x_t Wx^g + (r_t ⊙ h_{t−1}) Wh^g + b^g)
 * (4) h_t = u_t ⊙ h_{t−1} + (1 − u_t) ⊙ g_t
 * backward, dh_t the total derivative:
 * (5) da^u = dh_t ⊙ (h_{t−1} − g_t) ⊙ u(1−u),  da^g = dh_t ⊙ (1 − u_t) ⊙ (1 − g²),  dh_{t−1} += dh_t ⊙ u_t
 * (6) drh = da^g Wh^gᵀ,  da^r = drh ⊙ h_{t−1} ⊙ r(1−r),  dh_{t−1} += drh ⊙ r_t
 * (7) dh_{t−1} += [da^u da^r] Wh^{ur}ᵀ
 * (8) dWx = Σ_t x_tᵀ da_t,  dWh^{ur} = Σ_t h_{t−1}ᵀ [da^u da^r],  dWh^g = Σ_t (r_t ⊙ h_{t−1})ᵀ da^g,
 *     db = Σ_t 1ᵀ da_t,  dx_t = da_t Wxᵀ
 * </pre>
 *
 * The term dh_t ⊙ u_t in (5) is the GRU's additive path: with the update gate near 1 the gradient
 * passes unchanged, as through the LSTM's cell state.
 */
final class GruCell extends Cell {
  final Param Wx;
  final Param Wh;
  final Param b;

  /** Activated gates [u r g] stacked (T·B x 3H). */
  private final DMatrixRMaj act = new DMatrixRMaj(1, 1);

  /** r_t ⊙ h_{t−1} stacked (T·B x H). */
  private final DMatrixRMaj rh = new DMatrixRMaj(1, 1);

  private final DMatrixRMaj da = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj drh;
  private final DMatrixRMaj WhT;
  private final DMatrixRMaj WxT;

  GruCell(Kernels k, int in, LayerConfig cfg, InitScheme scheme, Double rho, SplittableRandom rng) {
    super(k, in, cfg.hidden());
    int H = hidden;
    Wx = new Param("Wx", in, 3 * H);
    Wh = new Param("Wh", H, 3 * H);
    b = new Param("b", 1, 3 * H);
    for (int q = 0; q < 3; q++) {
      Init.fill(Wx.value, q * H, H, scheme, rng);
      Init.fill(Wh.value, q * H, H, scheme, rng);
      if (rho != null) {
        Init.rescale(Wh.value, q * H, H, rho);
      }
    }
    WhT = new DMatrixRMaj(3 * H, H);
    WxT = new DMatrixRMaj(3 * H, in);
    drh = new DMatrixRMaj(1, H);
  }

  @Override
  List<Param> params() {
    return List.of(Wx, Wh, b);
  }

  @Override
  void resizeWork(int rows) {
    fit(act, rows, 3 * hidden);
    fit(da, rows, 3 * hidden);
    fit(rh, rows, hidden);
    fit(drh, batch, hidden);
  }

  @Override
  void forward(DMatrixRMaj x) {
    int H = hidden;
    int B = batch;
    int H3 = 3 * H;
    int n = steps * B;
    double[] a = act.data;
    double[] hd = h.data;
    double[] rhd = rh.data;
    // (1)-(3) the input parts x_t Wx + b, all gates and steps at once   (T·B x 3H)
    fillRows(a, 0, n, H3, b.v());
    k.mult(x.data, 0, in, Wx.v(), 0, H3, a, 0, H3, n, in, H3, true);
    for (int t = 0; t < steps; t++) {
      checkInterrupt();
      int ao = t * B * H3;
      int so = t * B * H;
      // (1), (2) += h_{t−1} Wh^{ur}   (B x H)(H x 2H)
      if (t > 0) {
        k.mult(hd, so - B * H, H, Wh.v(), 0, H3, a, ao, H3, B, H, 2 * H, true);
      }
      for (int r = 0; r < B; r++) {
        k.sigmoid(a, ao + r * H3, 2 * H);
      }
      // (3) rh_t = r_t ⊙ h_{t−1};  a^g += rh_t Wh^g   (B x H)(H x H)
      if (t > 0) {
        for (int r = 0; r < B; r++) {
          for (int j = 0; j < H; j++) {
            rhd[so + r * H + j] = a[ao + r * H3 + H + j] * hd[so - B * H + r * H + j];
          }
        }
        k.mult(rhd, so, H, Wh.v(), 2 * H, H3, a, ao + 2 * H, H3, B, H, H, true);
      } else {
        java.util.Arrays.fill(rhd, so, so + B * H, 0.0);
      }
      for (int r = 0; r < B; r++) {
        k.tanh(a, ao + r * H3 + 2 * H, H);
      }
      // (4) h_t = u_t ⊙ h_{t−1} + (1 − u_t) ⊙ g_t
      for (int r = 0; r < B; r++) {
        int au = ao + r * H3;
        int ag = au + 2 * H;
        int sr = so + r * H;
        if (t > 0) {
          int prev = sr - B * H;
          for (int j = 0; j < H; j++) {
            double u = a[au + j];
            hd[sr + j] = u * hd[prev + j] + (1.0 - u) * a[ag + j];
          }
        } else {
          // h_{−1} = 0
          for (int j = 0; j < H; j++) {
            double u = a[au + j];
            hd[sr + j] = u * 0.0 + (1.0 - u) * a[ag + j];
          }
        }
      }
      computedH(t);
    }
  }

  @Override
  void backward(DMatrixRMaj x, DMatrixRMaj dx) {
    int H = hidden;
    int B = batch;
    int H3 = 3 * H;
    int n = steps * B;
    double[] a = act.data;
    double[] hd = h.data;
    double[] dhd = dh.data;
    double[] dad = da.data;
    double[] drhd = drh.data;
    CommonOps_DDRM.transpose(Wh.value, WhT);
    for (int t = steps - 1; t >= 0; t--) {
      checkInterrupt();
      int ao = t * B * H3;
      int so = t * B * H;
      // (5) one simple loop per quantity, so that the JIT can vectorise each of them
      for (int r = 0; r < B; r++) {
        int au = ao + r * H3;
        int ag = au + 2 * H;
        int sr = so + r * H;
        int prev = sr - B * H;
        if (t > 0) {
          for (int j = 0; j < H; j++) {
            double u = a[au + j];
            dad[au + j] = dhd[sr + j] * (hd[prev + j] - a[ag + j]) * u * (1.0 - u);
          }
        } else {
          // h_{−1} = 0
          for (int j = 0; j < H; j++) {
            double u = a[au + j];
            dad[au + j] = dhd[sr + j] * (0.0 - a[ag + j]) * u * (1.0 - u);
          }
        }
        for (int j = 0; j < H; j++) {
          double u = a[au + j];
          double g = a[ag + j];
          dad[ag + j] = dhd[sr + j] * (1.0 - u) * (1.0 - g * g);
        }
        if (t > 0) {
          for (int j = 0; j < H; j++) {
            dhd[prev + j] += dhd[sr + j] * a[au + j];
          }
        }
      }
      if (t > 0) {
        // (6) drh = da^g Wh^gᵀ   (B x H)(H x H): rows 2H..3H of Whᵀ
        k.mult(dad, ao + 2 * H, H3, WhT.data, 2 * H * H, H, drhd, 0, H, B, H, H, false);
        for (int r = 0; r < B; r++) {
          int ar = ao + r * H3 + H;
          int prev = so - B * H + r * H;
          int dr = r * H;
          for (int j = 0; j < H; j++) {
            double rg = a[ar + j];
            dad[ar + j] = drhd[dr + j] * hd[prev + j] * rg * (1.0 - rg);
          }
          for (int j = 0; j < H; j++) {
            dhd[prev + j] += drhd[dr + j] * a[ar + j];
          }
        }
        // (7) dh_{t−1} += [da^u da^r] Wh^{ur}ᵀ   (B x 2H)(2H x H)
        k.mult(dad, ao, H3, WhT.data, 0, H, dhd, so - B * H, H, B, 2 * H, H, true);
      } else {
        // h_{−1} = 0, so the reset gate has no effect at t = 0
        for (int r = 0; r < B; r++) {
          java.util.Arrays.fill(dad, ao + r * H3 + H, ao + r * H3 + 2 * H, 0.0);
        }
      }
    }
    // (8) dWx += Σ_t x_tᵀ da_t   (in x 3H)
    k.multTransA(x.data, 0, in, dad, 0, H3, Wx.g(), 0, H3, in, n, H3);
    if (steps > 1) {
      // (8) dWh^{ur} += Σ_{t≥1} h_{t−1}ᵀ [da^u da^r]   (H x 2H)
      k.multTransA(hd, 0, H, dad, B * H3, H3, Wh.g(), 0, H3, H, n - B, 2 * H);
      // (8) dWh^g += Σ_{t≥1} rh_tᵀ da^g   (H x H)
      k.multTransA(rh.data, B * H, H, dad, B * H3 + 2 * H, H3, Wh.g(), 2 * H, H3, H, n - B, H);
    }
    k.addColumnSums(dad, 0, n, H3, b.g());
    // (8) dx_t = da_t Wxᵀ   (T·B x in)
    if (dx != null) {
      CommonOps_DDRM.transpose(Wx.value, WxT);
      k.mult(dad, 0, H3, WxT.data, 0, in, dx.data, 0, in, n, H3, in, true);
    }
  }

  @Override
  double[] stepWeightGrad() {
    int H = hidden;
    int B = batch;
    int H3 = 3 * H;
    double[] sq = new double[steps];
    var shares = new StepShares(k, B, 2 * H);
    for (int t = 1; t < steps; t++) {
      // (8) step t's share of dWh: h_{t−1}ᵀ [da^u da^r] beside rh_tᵀ da^g   (H x 3H)
      shares.add(sq, t, h.data, (t - 1) * B * H, H, da.data, t * B * H3, H3, 2 * H);
      shares.add(sq, t, rh.data, t * B * H, H, da.data, t * B * H3 + 2 * H, H3, H);
    }
    return roots(sq);
  }

  @Override
  int productColumns() {
    return 3 * hidden;
  }

  @Override
  int matrixBlocks() {
    return 3;
  }

  @Override
  double recurrentNorm() {
    return org.ejml.dense.row.NormOps_DDRM.normF(Wh.value);
  }

  @Override
  Spectrum[] spectra() {
    var blocks = CellKind.GRU.recurrentBlocks();
    Spectrum[] out = new Spectrum[blocks.size()];
    for (int q = 0; q < out.length; q++) {
      out[q] = Init.spectrum(blocks.get(q).name(), Wh.value, q * hidden, hidden);
    }
    return out;
  }

  @Override
  double derivationsInSteps() {
    // step shares only: 0.3 steps at H64
    return 0.4;
  }
}
