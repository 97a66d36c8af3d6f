package gradflow.engine;

/** Plain-Java {@link Kernels}, for JVMs started without the Vector API module. */
final class ScalarKernels implements Kernels {

  /**
   * C += A · B for one panel of B's rows, which stays in cache: four rows of C share each row of B,
   * in an inner loop simple enough for the JIT to vectorise.
   */
  @Override
  public void multAddPanel(Product p) {
    // What the inner loop, the one the JIT vectorises, reads is in locals; the outer loops read p.
    double[] a = p.a;
    double[] b = p.b;
    double[] c = p.c;
    int ars = p.ars;
    int acs = p.acs;
    int n = p.n;
    int i = 0;
    for (; i + 4 <= p.m; i += 4) {
      int c0 = p.cOff + i * p.ldc;
      int c1 = c0 + p.ldc;
      int c2 = c1 + p.ldc;
      int c3 = c2 + p.ldc;
      int ai = p.aOff + i * ars;
      for (int q = 0; q < p.k; q++) {
        int aq = ai + q * acs;
        double x0 = a[aq];
        double x1 = a[aq + ars];
        double x2 = a[aq + 2 * ars];
        double x3 = a[aq + 3 * ars];
        int bq = p.bOff + q * p.ldb;
        for (int j = 0; j < n; j++) {
          double bj = b[bq + j];
          c[c0 + j] += x0 * bj;
          c[c1 + j] += x1 * bj;
          c[c2 + j] += x2 * bj;
          c[c3 + j] += x3 * bj;
        }
      }
    }
    for (; i < p.m; i++) {
      int ci = p.cOff + i * p.ldc;
      for (int q = 0; q < p.k; q++) {
        double x = a[p.aOff + i * ars + q * acs];
        int bq = p.bOff + q * p.ldb;
        for (int j = 0; j < n; j++) {
          c[ci + j] += x * b[bq + j];
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
