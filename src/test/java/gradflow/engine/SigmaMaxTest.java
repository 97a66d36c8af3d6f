package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.junit.jupiter.api.Test;

class SigmaMaxTest {

  /** EJML's full SVD of the block: the reference. */
  static double svdMax(DMatrixRMaj w, int row0, int rows, int col0, int cols) {
    DMatrixRMaj a = new DMatrixRMaj(rows, cols);
    org.ejml.dense.row.CommonOps_DDRM.extract(w, row0, row0 + rows, col0, col0 + cols, a, 0, 0);
    var svd = DecompositionFactory_DDRM.svd(rows, cols, false, false, true);
    assertThat(svd.decompose(a)).isTrue();
    return java.util.Arrays.stream(svd.getSingularValues())
        .limit(Math.min(rows, cols))
        .max()
        .orElseThrow();
  }

  static DMatrixRMaj random(SplittableRandom rng, int rows, int cols) {
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < m.data.length; i++) {
      m.data[i] = rng.nextGaussian();
    }
    return m;
  }

  @Test
  void theLargestSingularValueOfEveryBlockShapeMatchesTheSvdToRoundOffAndNeverFallsBelowIt() {
    SplittableRandom rng = new SplittableRandom(7);
    int[][] shapes = {{1, 1}, {1, 9}, {9, 1}, {16, 16}, {18, 16}, {3, 40}, {64, 64}, {65, 256}};
    for (int[] s : shapes) {
      for (int trial = 0; trial < 5; trial++) {
        DMatrixRMaj w = random(rng, s[0] + 3, s[1] + 2);
        double expected = svdMax(w, 2, s[0], 1, s[1]);
        double got = SigmaMax.of(w, 2, s[0], 1, s[1]);
        assertThat(got)
            .as("%dx%d", s[0], s[1])
            .isBetween(expected * (1 - 1e-12), expected * (1 + 1e-12));
      }
    }
  }

  @Test
  void repeatedAndZeroSingularValuesAreFoundExactly() {
    // an orthogonal matrix times 0.9: every singular value is 0.9
    DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(32, 32, new java.util.Random(3));
    org.ejml.dense.row.CommonOps_DDRM.scale(0.9, q);
    assertThat(SigmaMax.of(q, 0, 32, 0, 32)).isBetween(0.9 * (1 - 1e-13), 0.9 * (1 + 1e-13));
    // rank one: u vᵀ with |u| = 2, |v| = 3
    DMatrixRMaj r = new DMatrixRMaj(5, 4);
    double[] u = {2, 0, 0, 0, 0};
    double[] v = {0, 3, 0, 0};
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 4; j++) {
        r.set(i, j, u[i] * v[j]);
      }
    }
    assertThat(SigmaMax.of(r, 0, 5, 0, 4)).isBetween(6 * (1 - 1e-15), 6 * (1 + 1e-15));
    assertThat(SigmaMax.of(new DMatrixRMaj(6, 6), 0, 6, 0, 6)).isZero();
  }

  @Test
  void aBlockHoldingANonFiniteNumberHasNoSigmaMax() {
    DMatrixRMaj w = random(new SplittableRandom(1), 4, 4);
    w.set(3, 3, Double.POSITIVE_INFINITY);
    assertThat(SigmaMax.of(w, 0, 3, 0, 3)).isFinite();
    assertThat(SigmaMax.of(w, 0, 4, 0, 4)).isNaN();
  }

  @Test
  void sturmCountsOfATridiagonalMatrixAreItsEigenvaluesBelowX() {
    // T = tridiag(1, 2, 1) of size 5 has eigenvalues 2 + 2cos(kπ/6), k = 1..5
    double[] a = {2, 2, 2, 2, 2};
    double[] b = {1, 1, 1, 1};
    for (int k = 1; k <= 5; k++) {
      double lambda = 2 + 2 * Math.cos(k * Math.PI / 6);
      assertThat(SigmaMax.below(a, b, 5, lambda + 1e-9)).isEqualTo(6 - k);
      assertThat(SigmaMax.below(a, b, 5, lambda - 1e-9)).isEqualTo(5 - k);
    }
    assertThat(SigmaMax.largestEigenvalue(a, b, 5))
        .isBetween(2 + Math.sqrt(3) - 1e-15, 2 + Math.sqrt(3) + 4e-15);
  }
}
