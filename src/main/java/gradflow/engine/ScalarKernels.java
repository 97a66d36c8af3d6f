package gradflow.engine;

/** Plain-Java {@link Kernels}, for JVMs started without the Vector API module. */
final class ScalarKernels implements Kernels {

  @Override
  public void multAdd(
      double[] a,
      int aOff,
      int ars,
      int acs,
      double[] b,
      int bOff,
      int ldb,
      double[] c,
      int cOff,
      int ldc,
      int m,
      int k,
      int n) {
    kernel(a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, m, k, n);
  }

  private static final int KC = 128;

  /**
   * C += A · B with A[i][p] = a[aOff + i*ars + p*acs]: panels of KC rows of B stay in cache, and
   * four rows of C share each row of B, in an inner loop simple enough for the JIT to vectorise.
   */
  private static void kernel(
      double[] a,
      int aOff,
      int ars,
      int acs,
      double[] b,
      int bOff,
      int ldb,
      double[] c,
      int cOff,
      int ldc,
      int m,
      int k,
      int n) {
    for (int p0 = 0; p0 < k; p0 += KC) {
      int pEnd = Math.min(k, p0 + KC);
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        int c0 = cOff + i * ldc;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        int ai = aOff + i * ars;
        for (int p = p0; p < pEnd; p++) {
          int ap = ai + p * acs;
          double x0 = a[ap];
          double x1 = a[ap + ars];
          double x2 = a[ap + 2 * ars];
          double x3 = a[ap + 3 * ars];
          int bp = bOff + p * ldb;
          for (int j = 0; j < n; j++) {
            double bj = b[bp + j];
            c[c0 + j] += x0 * bj;
            c[c1 + j] += x1 * bj;
            c[c2 + j] += x2 * bj;
            c[c3 + j] += x3 * bj;
          }
        }
      }
      for (; i < m; i++) {
        int ci = cOff + i * ldc;
        for (int p = p0; p < pEnd; p++) {
          double x = a[aOff + i * ars + p * acs];
          int bp = bOff + p * ldb;
          for (int j = 0; j < n; j++) {
            c[ci + j] += x * b[bp + j];
          }
        }
      }
    }
  }

  @Override
  public void addColumnSums(double[] src, int off, int rows, int cols, double[] dst) {
    Cell.addColumnSums(src, off, rows, cols, dst);
  }

  @Override
  public void sigmoid(double[] x, int off, int len) {
    for (int i = off; i < off + len; i++) {
      x[i] = 1.0 / (1.0 + Exp.exp(-x[i]));
    }
  }

  @Override
  public void tanh(double[] x, int off, int len) {
    for (int i = off; i < off + len; i++) {
      x[i] = tanh(x[i]);
    }
  }

  /** tanh(x) = 2σ(2x) − 1, as the SIMD kernel computes it, so that both give the same bits. */
  static double tanh(double x) {
    return 2.0 / (Exp.exp(-2.0 * x) + 1.0) - 1.0;
  }
}
