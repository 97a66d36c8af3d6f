package gradflow.engine;

/**
 * The operands of one product C += A · B on slices of backing arrays: A (m x k) read with strides,
 * A[i][p] = a[aOff + i·ars + p·acs], and B (k x n) and C (m x n) row-major with leading dimensions
 * ldb and ldc.
 *
 * <p>One object instead of thirteen arguments, so that each {@link Kernels} implementation states
 * its product once. Cells call a kernel once per time step and the engine must not allocate there:
 * {@link Kernels} keeps one instance per thread ({@link #forThisThread}) and refills it for every
 * call, so a kernel must not keep it past the call.
 */
final class Product {
  private static final ThreadLocal<Product> PER_THREAD = ThreadLocal.withInitial(Product::new);

  double[] a;
  int aOff;
  int ars;
  int acs;
  double[] b;
  int bOff;
  int ldb;
  double[] c;
  int cOff;
  int ldc;
  int m;
  int k;
  int n;

  /**
   * Scratch for kernels that pack A or B (VectorProduct); grows to the largest panel, then stays.
   */
  private double[] packedA = new double[0];

  private double[] packedB = new double[0];

  private Product() {}

  /** A scratch array of at least {@code size} doubles for packing A, kept for the next call. */
  double[] packedA(int size) {
    if (packedA.length < size) {
      packedA = new double[size];
    }
    return packedA;
  }

  /** As {@link #packedA}, for B. */
  double[] packedB(int size) {
    if (packedB.length < size) {
      packedB = new double[size];
    }
    return packedB;
  }

  static Product forThisThread() {
    return PER_THREAD.get();
  }

  /** A with row stride ars and column stride acs: (lda, 1) for A itself, (1, lda) for Aᵀ. */
  Product a(double[] a, int aOff, int ars, int acs) {
    this.a = a;
    this.aOff = aOff;
    this.ars = ars;
    this.acs = acs;
    return this;
  }

  Product b(double[] b, int bOff, int ldb) {
    this.b = b;
    this.bOff = bOff;
    this.ldb = ldb;
    return this;
  }

  Product c(double[] c, int cOff, int ldc) {
    this.c = c;
    this.cOff = cOff;
    this.ldc = ldc;
    return this;
  }

  /** C is (m x n); {@link #panel} sets k. */
  Product shape(int m, int n) {
    this.m = m;
    this.n = n;
    return this;
  }

  /**
   * Lets go of the arrays once the product is done: the instance outlives the call on its thread,
   * and must not keep a finished run's buffers from being collected.
   */
  void release() {
    a = null;
    b = null;
    c = null;
  }

  /**
   * Narrows this product to rows [p0, p0 + kc) of B, the columns p0.. of A: the part of the sum
   * over p that one panel adds to C.
   */
  Product panel(int aOff, int bOff, int p0, int kc) {
    this.aOff = aOff + p0 * acs;
    this.bOff = bOff + p0 * ldb;
    this.k = kc;
    return this;
  }
}
