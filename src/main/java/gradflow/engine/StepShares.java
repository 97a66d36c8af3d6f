package gradflow.engine;

/**
 * Each step's share of a recurrent weight gradient, as the lesson note writes it: ∂J/∂W_h = Σ_i
 * ∂J/∂W_h|₍ᵢ₎ with ∂J/∂W_h|₍ᵢ₎ = Σ_b l_bᵀ r_b, the outer products of one step's B rows (l =
 * h_{i−1}, r = δz_i). Only its Frobenius norm is wanted, and that needs no (m x n) matrix:
 *
 * <pre>
 * (1) ‖Σ_b l_bᵀ r_b‖_F² = Σ_{b,b'} (l_b · l_b') (r_b · r_b') = Σ (L Lᵀ) ⊙ (R Rᵀ)     two (B x B) Gram matrices
 * </pre>
 *
 * so a step costs B²(m + n) instead of B·m·n: half for an LSTM's (H x 4H) W_h at B = 32, H = 64.
 * Workspaces are allocated once per probe.
 */
final class StepShares {
  private final Kernels k;
  private final int batch;
  private final double[] transposed;
  private final double[] gramL;
  private final double[] gramR;

  StepShares(Kernels k, int batch, int widest) {
    this.k = k;
    this.batch = batch;
    this.transposed = new double[widest * batch];
    this.gramL = new double[batch * batch];
    this.gramR = new double[batch * batch];
  }

  /**
   * (1) for step t's rows: L (B x m, rows of stride m at leftOff) and R (B x n, rows of stride
   * rightStride at rightOff); adds ‖Lᵀ R‖_F² into sq[t].
   */
  void add(
      double[] sq,
      int t,
      double[] left,
      int leftOff,
      int m,
      double[] right,
      int rightOff,
      int rightStride,
      int n) {
    gram(left, leftOff, m, m, gramL);
    gram(right, rightOff, rightStride, n, gramR);
    double s = 0;
    for (int i = 0; i < gramL.length; i++) {
      s += gramL[i] * gramR[i];
    }
    sq[t] += s;
  }

  /** out = A Aᵀ (B x cols)(cols x B), A's rows of the given stride at off. */
  private void gram(double[] a, int off, int stride, int cols, double[] out) {
    int B = batch;
    for (int b = 0; b < B; b++) {
      int row = off + b * stride;
      for (int j = 0; j < cols; j++) {
        transposed[j * B + b] = a[row + j];
      }
    }
    k.mult(a, off, stride, transposed, 0, B, out, 0, B, B, cols, B, false);
  }
}
