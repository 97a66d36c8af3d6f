package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A feed-forward layer applied at every time step (the multilayer perceptron layer of Rumelhart,
 * Hinton and Williams 1986); no recurrence, so all T·B rows go through one product:
 *
 * <pre>
 * (1) z_t = x_t W + b         (B x H)
 * (2) h_t = σ(z_t)
 * backward:
 * (3) dz_t = dh_t ⊙ σ'(z_t)
 * (4) dW = Σ_t x_tᵀ dz_t,  db = Σ_t 1ᵀ dz_t
 * (5) dx_t = dz_t Wᵀ
 * </pre>
 *
 * Stacked, (3) and (5) multiply the gradient by diag(σ'(z)) Wᵀ per layer: with sigmoid (σ' ≤ 1/4)
 * it decays geometrically with depth (DESIGN.md, lesson 3).
 */
final class DenseCell extends Cell {
  final Activation act;
  final Param W;
  final Param b;
  private final DMatrixRMaj dz = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj WT;

  DenseCell(Kernels k, int in, LayerConfig c, InitScheme scheme, SplittableRandom rng) {
    super(k, in, c.hidden());
    this.act = c.activation();
    W = new Param("W", in, hidden);
    b = new Param("b", 1, hidden);
    Init.fill(W.value, 0, hidden, scheme, rng);
    WT = new DMatrixRMaj(hidden, in);
  }

  @Override
  List<Param> params() {
    return List.of(W, b);
  }

  @Override
  void resizeWork(int rows) {
    fit(dz, rows, hidden);
  }

  @Override
  void forward(DMatrixRMaj x) {
    int n = steps * batch;
    // (1) z = x W + b   (T·B x H)
    fillRows(h.data, 0, n, hidden, b.v());
    k.mult(x.data, 0, in, W.v(), 0, hidden, h.data, 0, hidden, n, in, hidden, true);
    // (2) h = σ(z)
    act.apply(k, h.data, 0, n * hidden);
    // No recurrence: every step's h_t is computed at once, and only later layers read it.
    for (int t = 0; t < steps; t++) {
      computedH(t);
    }
  }

  @Override
  void backward(DMatrixRMaj x, DMatrixRMaj dx) {
    int n = steps * batch;
    // (3) dz = dh ⊙ σ'(z)
    act.backward(h.data, dh.data, dz.data, 0, n * hidden);
    // (4) dW += xᵀ dz   (in x H),  db += 1ᵀ dz
    k.multTransA(x.data, 0, in, dz.data, 0, hidden, W.g(), 0, hidden, in, n, hidden);
    k.addColumnSums(dz.data, 0, n, hidden, b.g());
    // (5) dx += dz Wᵀ   (T·B x in)
    if (dx != null) {
      CommonOps_DDRM.transpose(W.value, WT);
      k.mult(dz.data, 0, hidden, WT.data, 0, in, dx.data, 0, in, n, hidden, in, true);
    }
  }

  @Override
  double derivationsInSteps() {
    // σ_max of W for the depth bound, mostly fixed cost per layer: 1.5–1.8 steps for 30 layers of
    // 16
    return 1.9;
  }
}
