package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The vanilla recurrent cell (Elman 1990), as analysed in Pascanu, Mikolov and Bengio 2013, "On the
 * difficulty of training recurrent neural networks". Row-vector convention, h_{−1} = 0:
 *
 * <pre>
 * (1) z_t = x_t Wx + h_{t−1} Wh + b                    (B x H)
 * (2) h_t = σ(z_t)
 * backward, dh_t the total derivative:
 * (3) dz_t = dh_t ⊙ σ'(z_t)
 * (4) dWx = Σ_t x_tᵀ dz_t,  dWh = Σ_t h_{t−1}ᵀ dz_t,  db = Σ_t 1ᵀ dz_t
 * (5) dh_{t−1} += dz_t Whᵀ,  dx_t = dz_t Wxᵀ
 * </pre>
 *
 * Through (3) and (5), dh_{t−1} = dh_t diag(σ'(z_t)) Whᵀ: the product of Jacobians whose norm
 * decays or explodes like ρ(Wh)^l (DESIGN.md, lesson 1).
 */
final class RnnCell extends Cell {
  final Activation act;
  final Param Wx;
  final Param Wh;
  final Param b;
  private final DMatrixRMaj dz = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj WhT;
  private final DMatrixRMaj WxT;

  RnnCell(Kernels k, int in, LayerConfig c, InitScheme scheme, Double rho, SplittableRandom rng) {
    super(k, in, c.hidden());
    this.act = c.activation();
    int H = hidden;
    Wx = new Param("Wx", in, H);
    Wh = new Param("Wh", H, H);
    b = new Param("b", 1, H);
    Init.fill(Wx.value, 0, H, scheme, rng);
    Init.fill(Wh.value, 0, H, scheme, rng);
    if (rho != null) {
      Init.rescale(Wh.value, 0, H, rho);
    }
    WhT = new DMatrixRMaj(H, H);
    WxT = new DMatrixRMaj(H, in);
  }

  @Override
  List<Param> params() {
    return List.of(Wx, Wh, b);
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
    // (1) the input part x_t Wx + b, for every t at once   (T·B x H)
    fillRows(h.data, 0, n, H, b.v());
    k.mult(x.data, 0, in, Wx.v(), 0, H, h.data, 0, H, n, in, H, true);
    for (int t = 0; t < steps; t++) {
      checkInterrupt();
      int off = t * B * H;
      // (1) z_t += h_{t−1} Wh   (B x H)(H x H)
      if (t > 0) {
        k.mult(h.data, off - B * H, H, Wh.v(), 0, H, h.data, off, H, B, H, H, true);
      }
      // (2) h_t = σ(z_t), in place
      act.apply(k, h.data, off, B * H);
      computedH(t);
    }
  }

  @Override
  void backward(DMatrixRMaj x, DMatrixRMaj dx) {
    int H = hidden;
    int B = batch;
    int n = steps * B;
    CommonOps_DDRM.transpose(Wh.value, WhT);
    for (int t = steps - 1; t >= 0; t--) {
      checkInterrupt();
      int off = t * B * H;
      // (3) dz_t = dh_t ⊙ σ'(z_t)   (B x H); dh_t is complete: step t+1 added its (5) already
      act.backward(h.data, dh.data, dz.data, off, B * H);
      // (5) dh_{t−1} += dz_t Whᵀ   (B x H)(H x H)
      if (t > 0) {
        k.mult(dz.data, off, H, WhT.data, 0, H, dh.data, off - B * H, H, B, H, H, true);
      }
    }
    // (4) dWx += Σ_t x_tᵀ dz_t   (in x H), one product over all steps
    k.multTransA(x.data, 0, in, dz.data, 0, H, Wx.g(), 0, H, in, n, H);
    // (4) dWh += Σ_{t≥1} h_{t−1}ᵀ dz_t   (H x H): rows 0..T−2 of h against rows 1..T−1 of dz
    if (steps > 1) {
      k.multTransA(h.data, 0, H, dz.data, B * H, H, Wh.g(), 0, H, H, n - B, H);
    }
    // (4) db += Σ_t 1ᵀ dz_t
    k.addColumnSums(dz.data, 0, n, H, b.g());
    // (5) dx_t = dz_t Wxᵀ   (T·B x in)
    if (dx != null) {
      CommonOps_DDRM.transpose(Wx.value, WxT);
      k.mult(dz.data, 0, H, WxT.data, 0, in, dx.data, 0, in, n, H, in, true);
    }
  }

  @Override
  double[] stepWeightGrad() {
    int H = hidden;
    int B = batch;
    double[] sq = new double[steps];
    var shares = new StepShares(k, B, H);
    // (4) step t's share of dWh: h_{t−1}ᵀ dz_t   (H x H)
    for (int t = 1; t < steps; t++) {
      shares.add(sq, t, h.data, (t - 1) * B * H, H, dz.data, t * B * H, H, H);
    }
    return roots(sq);
  }

  @Override
  StepJacobian stepJacobian(Spectrum[] spectra) {
    int H = hidden;
    int B = batch;
    double[] gain = new double[steps];
    double[] sent = new double[steps * B * H];
    // (3), (5) what each step t ≥ 1 sent back, dh_t diag(σ'(z_t)) Whᵀ = dz_t Whᵀ, for all of them
    // in one product   ((T−1)·B x H)(H x H)
    if (steps > 1) {
      k.mult(dz.data, B * H, H, WhT.data, 0, H, sent, B * H, H, (steps - 1) * B, H, H, false);
    }
    for (int t = 1; t < steps; t++) {
      gain[t] = gain(t, sent, t * B * H);
    }
    return new StepJacobian(
        gain, act.derivativeBound(), SigmaMax.of(Wh.value, 0, H, 0, H), spectra[0].radius());
  }

  @Override
  GradientModes gradientModes(Spectrum[] spectra) {
    // The expansion W_hˡ x = Σ c_i λ_iˡ q_i is what a linear RNN does; with a squashing activation
    // the modes would not describe the gradient, and the chart would mislead.
    if (act != Activation.IDENTITY) {
      return null;
    }
    return EigenModes.of(Wh.value, spectra[0], dh, steps, batch, MODES);
  }

  /** How many of W_h's eigen-modes a probe follows: the largest, one per conjugate pair. */
  static final int MODES = 6;

  @Override
  int productColumns() {
    return hidden;
  }

  @Override
  int matrixBlocks() {
    return 1;
  }

  @Override
  double recurrentNorm() {
    return org.ejml.dense.row.NormOps_DDRM.normF(Wh.value);
  }

  @Override
  Spectrum[] spectra() {
    return new Spectrum[] {
      Init.spectrum(CellKind.RNN.recurrentBlocks().get(0).name(), Wh.value, 0, hidden)
    };
  }

  @Override
  double derivationsInSteps() {
    // step Jacobian product, step shares and σ_max: 2.0 steps at H32 T50, 1.1 at H64 T100
    return 2.0;
  }
}
