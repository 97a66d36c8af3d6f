package gradflow.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.hessenberg.TridiagonalDecompositionHouseholder_DDRM;

/**
 * The largest singular value of a block of a weight matrix, for the probes' bounds (γ σ_max(W_h)
 * per step, γ σ_max(W) per layer). Only the largest is wanted, so instead of all eigenvalues of the
 * Gram matrix (EJML's symmetric QR algorithm, most of a probe's time for a deep stack of small
 * layers) it bisects for the top one (Golub and Van Loan, Matrix Computations, 4th ed., 8.4.1):
 *
 * <pre>
 * (1) G = AᵀA or AAᵀ, the smaller (n x n); σ_max(A)² = λ_max(G), G symmetric and positive semi-definite
 * (2) G = Q T Qᵀ, T tridiagonal with diagonal a and off-diagonal b      (Householder, as EJML's eig)
 * (3) count(x) = #{i : q_i < 0},  q_1 = a_1 − x,  q_i = a_i − x − b_{i−1}² / q_{i−1}
 *     is the number of eigenvalues of T below x (Sturm; Sylvester's law of inertia on T − xI = LDLᵀ)
 * (4) λ_max ∈ [max_i a_i, max_i (a_i + |b_{i−1}| + |b_i|)]            (Rayleigh; Gershgorin)
 * (5) bisect [lo, hi] keeping count(hi) = n and count(lo) &lt; n, to the last bit
 * </pre>
 *
 * It answers the upper end of the last interval, so a bound built on it never falls below the true
 * σ_max by rounding in the bisection.
 */
final class SigmaMax {
  private SigmaMax() {}

  /**
   * σ_max of the (rows x cols) block of w at (row0, col0); NaN when the block holds a NaN or an
   * infinity.
   */
  static double of(DMatrixRMaj w, int row0, int rows, int col0, int cols) {
    double[] d = w.data;
    int stride = w.numCols;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (!Double.isFinite(d[(row0 + r) * stride + col0 + c])) {
          return Double.NaN;
        }
      }
    }
    // (1) the smaller Gram matrix: entries are dot products of the block's columns (tall) or rows
    boolean tall = rows >= cols;
    int n = tall ? cols : rows;
    int len = tall ? rows : cols;
    DMatrixRMaj gram = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double s = 0;
        for (int k = 0; k < len; k++) {
          s +=
              tall
                  ? d[(row0 + k) * stride + col0 + i] * d[(row0 + k) * stride + col0 + j]
                  : d[(row0 + i) * stride + col0 + k] * d[(row0 + j) * stride + col0 + k];
        }
        gram.data[i * n + j] = s;
        gram.data[j * n + i] = s;
      }
    }
    // (2) T's diagonal and off-diagonal
    var tri = new TridiagonalDecompositionHouseholder_DDRM();
    if (!tri.decompose(gram)) {
      return Double.NaN;
    }
    double[] a = new double[n];
    double[] b = new double[n];
    tri.getDiagonal(a, b);
    return Math.sqrt(Math.max(0, largestEigenvalue(a, b, n)));
  }

  /** (4), (5): λ_max of the symmetric tridiagonal T with diagonal a and off-diagonal b[0..n−2]. */
  static double largestEigenvalue(double[] a, double[] b, int n) {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double radius = (i > 0 ? Math.abs(b[i - 1]) : 0) + (i < n - 1 ? Math.abs(b[i]) : 0);
      lo = Math.max(lo, a[i]);
      hi = Math.max(hi, a[i] + radius);
    }
    // count(hi) = n may fail by rounding at the Gershgorin edge: widen until it holds
    double pad = Math.ulp(Math.max(Math.abs(hi), Double.MIN_NORMAL)) * n;
    while (below(a, b, n, hi) < n) {
      hi += pad;
      pad *= 2;
    }
    if (below(a, b, n, lo) == n) {
      return lo;
    }
    for (int i = 0; i < 2100 && hi - lo > 0; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (below(a, b, n, mid) == n) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** (3): how many eigenvalues of T lie below x. */
  static int below(double[] a, double[] b, int n, double x) {
    int count = 0;
    double q = a[0] - x;
    for (int i = 0; ; i++) {
      if (q == 0) {
        // a zero pivot: nudge it as LAPACK's dstebz does, so the count stays right for x ± ε
        q = -Double.MIN_NORMAL * 1e3;
      }
      if (q < 0) {
        count++;
      }
      if (i == n - 1) {
        return count;
      }
      q = a[i + 1] - x - b[i] * b[i] / q;
    }
  }
}
