package gradflow.engine;

/**
 * The few operations that dominate backpropagation through time: row-major products on slices of
 * the matrices' backing arrays, and the logistic and tanh activations in place.
 *
 * <p>Slices (offset + leading dimension) let one fused gate matrix, one time step of a (T·B x n)
 * buffer or one gate block be used without copies. {@link VectorKernels} runs them on the JDK's
 * Vector API when the {@code jdk.incubator.vector} module is present ({@code --add-modules
 * jdk.incubator.vector}); otherwise, or with {@code -Dgradflow.kernels=scalar}, {@link
 * ScalarKernels} does the same in plain Java. Both are exact double-precision arithmetic; they may
 * differ in the last bits (fused multiply-add), so bit-identical results hold per machine and per
 * kernel choice.
 */
interface Kernels {

  /**
   * Rows of B per panel: a (KC x n) panel of B stays in cache while every row block of C runs over
   * it.
   */
  int KC = 128;

  /**
   * C += A · B for one panel (k ≤ {@link #KC}) of a {@link Product}: the one product an
   * implementation must supply. {@link #mult} and {@link #multTransA} are this product with A's
   * strides set for A and for Aᵀ, in panels.
   */
  void multAddPanel(Product p);

  /**
   * C (+)= A · B with A (m x k), B (k x n), C (m x n).
   *
   * @param add accumulate into C when true, overwrite it when false
   */
  default void mult(
      double[] a,
      int aOff,
      int lda,
      double[] b,
      int bOff,
      int ldb,
      double[] c,
      int cOff,
      int ldc,
      int m,
      int k,
      int n,
      boolean add) {
    if (!add) {
      for (int i = 0; i < m; i++) {
        java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0.0);
      }
    }
    // A is read as A[i][p] = a[aOff + i*lda + p]: row stride lda, column stride 1.
    multAdd(Product.forThisThread().a(a, aOff, lda, 1).b(b, bOff, ldb).c(c, cOff, ldc), m, k, n);
  }

  /**
   * C += Aᵀ · B with A stored as (k x m), B (k x n), C (m x n): the weight gradients, summed over
   * rows.
   */
  default void multTransA(
      double[] a,
      int aOff,
      int lda,
      double[] b,
      int bOff,
      int ldb,
      double[] c,
      int cOff,
      int ldc,
      int m,
      int k,
      int n) {
    // Aᵀ[i][p] = A[p][i] = a[aOff + p*lda + i]: row stride 1, column stride lda.
    multAdd(Product.forThisThread().a(a, aOff, 1, lda).b(b, bOff, ldb).c(c, cOff, ldc), m, k, n);
  }

  /** C += A · B in panels of KC rows of B; the sum over p runs in the same order either way. */
  private void multAdd(Product p, int m, int k, int n) {
    int aOff = p.aOff;
    int bOff = p.bOff;
    p.shape(m, n);
    try {
      for (int p0 = 0; p0 < k; p0 += KC) {
        multAddPanel(p.panel(aOff, bOff, p0, Math.min(KC, k - p0)));
      }
    } finally {
      p.release();
    }
  }

  /** dst[j] += Σ_r src[off + r·cols + j]: bias gradients. */
  void addColumnSums(double[] src, int off, int rows, int cols, double[] dst);

  /** x ← 1 / (1 + e^(−x)) on x[off, off + len). */
  void sigmoid(double[] x, int off, int len);

  /** x ← tanh(x) on x[off, off + len). */
  void tanh(double[] x, int off, int len);

  /** The kernels this JVM can run: the Vector API ones when the incubator module is loaded. */
  Kernels DEFAULT = select(System.getProperty("gradflow.kernels", "auto"));

  static Kernels select(String choice) {
    if (!"scalar".equals(choice)
        && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      try {
        // Loaded by name so that this class never links against the incubator module when it is
        // absent.
        return (Kernels)
            Class.forName("gradflow.engine.VectorKernels").getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        // fall back to plain Java below
      }
    }
    return new ScalarKernels();
  }
}
