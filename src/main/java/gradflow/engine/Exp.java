package gradflow.engine;

/**
 * e^x from additions, multiplications and fused multiply-adds only, so that the scalar kernels and
 * the SIMD kernels compute it with the very same IEEE operations.
 *
 * <p>Why not {@code Math.exp} or the Vector API's {@code EXP}: the JIT computes the vector {@code
 * EXP} with one library while the interpreter computes it lane by lane with another, and the two
 * differ in the last bit. A run would then depend on how warm the JVM happened to be, and two runs
 * of the same spec would drift apart (about 1e-17 in the loss after 60 steps). Basic IEEE
 * operations give the same bits in every tier.
 *
 * <pre>
 * (1) k = round(x / ln 2),  r = x − k·ln 2   (ln 2 split in two parts, so r is exact)   |r| ≤ ln2/2
 * (2) e^r = Σ_{n=0}^{13} r^n / n!             (Horner; the next term is below 1e-17 · e^r)
 * (3) e^x = 2^k · e^r                         (2^k built from its exponent bits)
 * </pre>
 *
 * x is first clamped to [−708, 709], where 2^k stays a normal number: below, e^x is under 1e-307,
 * which no sigmoid or softmax can tell from 0; above, the result overflows anyway. NaN stays NaN.
 */
final class Exp {

  static final double MIN = -708;
  static final double MAX = 709;
  static final double LOG2E = 1.4426950408889634;
  static final double LN2_HI = 0.6931471803691238;
  static final double LN2_LO = 1.9082149292705877e-10;

  /** 1.5 · 2^52: adding and subtracting it rounds to the nearest integer in IEEE arithmetic. */
  static final double ROUNDER = 6755399441055744.0;

  /** 1/n! for n = 13 down to 0, the order Horner's rule uses them. */
  static final double[] TAYLOR = {
    1.0 / 6227020800.0,
    1.0 / 479001600.0,
    1.0 / 39916800.0,
    1.0 / 3628800.0,
    1.0 / 362880.0,
    1.0 / 40320.0,
    1.0 / 5040.0,
    1.0 / 720.0,
    1.0 / 120.0,
    1.0 / 24.0,
    1.0 / 6.0,
    1.0 / 2.0,
    1.0,
    1.0
  };

  private Exp() {}

  static double exp(double x) {
    double clamped = Math.min(Math.max(x, MIN), MAX);
    if (clamped != clamped) {
      return Double.NaN;
    }
    // (1)
    double k = (clamped * LOG2E + ROUNDER) - ROUNDER;
    double r = Math.fma(-k, LN2_HI, clamped);
    r = Math.fma(-k, LN2_LO, r);
    // (2)
    double p = TAYLOR[0];
    for (int n = 1; n < TAYLOR.length; n++) {
      p = Math.fma(p, r, TAYLOR[n]);
    }
    // (3)
    return p * Double.longBitsToDouble(((long) k + 1023) << 52);
  }
}
