package gradflow.engine;

/** Plain-Java {@link Kernels}: i-k-j loops, so the innermost loop runs along contiguous rows. */
final class ScalarKernels implements Kernels {

  @Override
  public void mult(double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double[] c, int cOff, int ldc,
      int m, int k, int n, boolean add) {
    for (int i = 0; i < m; i++) {
      int ci = cOff + i * ldc;
      if (!add) {
        java.util.Arrays.fill(c, ci, ci + n, 0.0);
      }
      int ai = aOff + i * lda;
      for (int p = 0; p < k; p++) {
        double aip = a[ai + p];
        int bp = bOff + p * ldb;
        for (int j = 0; j < n; j++) {
          c[ci + j] += aip * b[bp + j];
        }
      }
    }
  }

  @Override
  public void multTransA(double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double[] c, int cOff,
      int ldc, int m, int k, int n) {
    for (int p = 0; p < k; p++) {
      int ap = aOff + p * lda;
      int bp = bOff + p * ldb;
      for (int i = 0; i < m; i++) {
        double api = a[ap + i];
        int ci = cOff + i * ldc;
        for (int j = 0; j < n; j++) {
          c[ci + j] += api * b[bp + j];
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
      x[i] = 1.0 / (1.0 + Math.exp(-x[i]));
    }
  }

  @Override
  public void tanh(double[] x, int off, int len) {
    for (int i = off; i < off + len; i++) {
      x[i] = Math.tanh(x[i]);
    }
  }
}
