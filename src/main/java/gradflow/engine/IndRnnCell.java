package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The independently recurrent cell of Li, Li, Cook, Zhu and Gao 2018, "Independently Recurrent
 * Neural Network (IndRNN): Building a longer and deeper RNN" (CVPR), eq. (2): each unit sees only
 * its own past, through one weight u_j instead of a row of W_h. Row-vector convention, h_{−1} = 0:
 *
 * <pre>
 * (1) z_t = x_t Wx + u ⊙ h_{t−1} + b                   (B x H), u broadcast over the batch
 * (2) h_t = σ(z_t)
 * backward, dh_t the total derivative:
 * (3) dz_t = dh_t ⊙ σ'(z_t)
 * (4) dWx = Σ_t x_tᵀ dz_t,  du = Σ_t 1ᵀ (h_{t−1} ⊙ dz_t),  db = Σ_t 1ᵀ dz_t
 * (5) dh_{t−1} += dz_t ⊙ u,  dx_t = dz_t Wxᵀ
 * </pre>
 *
 * Through (3) and (5) the Jacobian ∂h_t/∂h_{t−1} = diag(σ'(z_t) ⊙ u) is diagonal, so unit j's
 * gradient ℓ steps back is dh_t,j · Π u_j σ'(z_s,j) (the paper's eq. (4)): with ReLU (σ' ∈ {0, 1})
 * it is u_j^ℓ while the unit is active, and |u_j| ≤ 1 keeps it from exploding and u_j near 1 from
 * vanishing. The "eigenvalues" of the recurrence are the entries of u.
 *
 * <p>u starts uniform in [0, 1) as in the paper's experiments; the spectral-radius setting scales
 * it so that max_j |u_j| = ρ.
 */
final class IndRnnCell extends Cell {
  final Activation act;
  final Param Wx;
  final Param u;
  final Param b;
  private final DMatrixRMaj dz = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj WxT;

  IndRnnCell(
      Kernels k, int in, LayerConfig c, InitScheme scheme, Double rho, SplittableRandom rng) {
    super(k, in, c.hidden());
    this.act = c.activation();
    int H = hidden;
    Wx = new Param("Wx", in, H);
    u = new Param("u", 1, H);
    b = new Param("b", 1, H);
    Init.fill(Wx.value, 0, H, scheme, rng);
    double largest = 0;
    for (int j = 0; j < H; j++) {
      u.v()[j] = rng.nextDouble();
      largest = Math.max(largest, Math.abs(u.v()[j]));
    }
    if (rho != null && largest > 0) {
      CommonOps_DDRM.scale(rho / largest, u.value);
    }
    WxT = new DMatrixRMaj(H, in);
  }

  @Override
  List<Param> params() {
    return List.of(Wx, u, b);
  }

  @Override
  void resizeWork(int rows) {
    fit(dz, rows, hidden);
  }

  @Override
  void forward(DMatrixRMaj x) {
    int H = hidden;
    int B = batch;
    int n = steps * B;
    double[] hd = h.data;
    double[] uv = u.v();
    // (1) the input part x_t Wx + b, for every t at once   (T·B x H)
    fillRows(hd, 0, n, H, b.v());
    k.mult(x.data, 0, in, Wx.v(), 0, H, hd, 0, H, n, in, H, true);
    for (int t = 0; t < steps; t++) {
      checkInterrupt();
      int off = t * B * H;
      // (1) z_t += u ⊙ h_{t−1}   (B x H), unit by unit
      if (t > 0) {
        int prev = off - B * H;
        for (int r = 0; r < B; r++) {
          int o = r * H;
          for (int j = 0; j < H; j++) {
            hd[off + o + j] += uv[j] * hd[prev + o + j];
          }
        }
      }
      // (2) h_t = σ(z_t), in place
      act.apply(k, hd, off, B * H);
      computedH(t);
    }
  }

  @Override
  void backward(DMatrixRMaj x, DMatrixRMaj dx) {
    int H = hidden;
    int B = batch;
    int n = steps * B;
    double[] hd = h.data;
    double[] dhd = dh.data;
    double[] dzd = dz.data;
    double[] uv = u.v();
    double[] du = u.g();
    for (int t = steps - 1; t >= 0; t--) {
      checkInterrupt();
      int off = t * B * H;
      // (3) dz_t = dh_t ⊙ σ'(z_t)   (B x H); dh_t is complete: step t+1 added its (5) already
      act.backward(hd, dhd, dzd, off, B * H);
      if (t > 0) {
        int prev = off - B * H;
        for (int r = 0; r < B; r++) {
          int o = r * H;
          for (int j = 0; j < H; j++) {
            double g = dzd[off + o + j];
            // (4) du += 1ᵀ (h_{t−1} ⊙ dz_t)
            du[j] += hd[prev + o + j] * g;
            // (5) dh_{t−1} += dz_t ⊙ u
            dhd[prev + o + j] += g * uv[j];
          }
        }
      }
    }
    // (4) dWx += Σ_t x_tᵀ dz_t   (in x H), one product over all steps
    k.multTransA(x.data, 0, in, dzd, 0, H, Wx.g(), 0, H, in, n, H);
    // (4) db += Σ_t 1ᵀ dz_t
    k.addColumnSums(dzd, 0, n, H, b.g());
    // (5) dx_t = dz_t Wxᵀ   (T·B x in)
    if (dx != null) {
      CommonOps_DDRM.transpose(Wx.value, WxT);
      k.mult(dzd, 0, H, WxT.data, 0, in, dx.data, 0, in, n, H, in, true);
    }
  }

  /** diag(u) is its own eigendecomposition: the eigenvalues are the entries of u, all real. */
  @Override
  double[] stepWeightGrad() {
    int H = hidden;
    int B = batch;
    double[] norms = new double[steps];
    double[] share = new double[H];
    for (int t = 1; t < steps; t++) {
      // (4) step t's share of du: 1ᵀ (h_{t−1} ⊙ dz_t)   (H)
      java.util.Arrays.fill(share, 0.0);
      for (int r = 0; r < B; r++) {
        int o = t * B * H + r * H;
        for (int j = 0; j < H; j++) {
          share[j] += h.data[o - B * H + j] * dz.data[o + j];
        }
      }
      double s = 0;
      for (double v : share) {
        s += v * v;
      }
      norms[t] = Math.sqrt(s);
    }
    return norms;
  }

  @Override
  StepJacobian stepJacobian(Spectrum[] spectra) {
    int H = hidden;
    int B = batch;
    double[] gain = new double[steps];
    double[] sent = new double[B * H];
    double[] uv = u.v();
    double maxU = 0;
    for (double v : uv) {
      maxU = Math.max(maxU, Math.abs(v));
    }
    for (int t = 1; t < steps; t++) {
      // (5) what step t sent back: dz_t ⊙ u   (B x H)
      for (int r = 0; r < B; r++) {
        for (int j = 0; j < H; j++) {
          sent[r * H + j] = dz.data[t * B * H + r * H + j] * uv[j];
        }
      }
      gain[t] = gain(t, sent);
    }
    // diag(u): its largest singular value and its spectral radius are both max |u_j|
    return new StepJacobian(gain, act.derivativeBound(), maxU, maxU);
  }

  @Override
  Spectrum[] spectra() {
    int H = hidden;
    double[] re = u.v().clone();
    double radius = 0;
    for (double v : re) {
      if (!Double.isFinite(v)) {
        return new Spectrum[] {new Spectrum(name(), Double.NaN, new double[0], new double[0])};
      }
      radius = Math.max(radius, Math.abs(v));
    }
    return new Spectrum[] {new Spectrum(name(), radius, re, new double[H])};
  }

  private static String name() {
    return CellKind.INDRNN.recurrentBlocks().get(0).name();
  }

  @Override
  double derivationsInSteps() {
    // as the rnn's, less the products: taken at the rnn's 2.0 to stay within budget
    return 2.0;
  }
}
