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
   * C += A · B with A (m x k) read with strides, A[i][p] = a[aOff + i·ars + p·acs], B (k x n) and C
   * (m x n) row-major. The one product an implementation must supply: {@link #mult} and {@link
   * #multTransA} are this product with A's strides set for A and for Aᵀ.
   */
  void multAdd(
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
      int n);

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
    multAdd(a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc, m, k, n);
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
    multAdd(a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc, m, k, n);
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
