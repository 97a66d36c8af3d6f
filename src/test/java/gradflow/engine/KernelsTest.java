package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelsTest {

  final Kernels scalar = new ScalarKernels();
  final Kernels vector = Kernels.select("auto");

  @Test
  void testsRunTheVectorApiKernelsAndTheScalarOnesStayAvailable() {
    assertThat(vector).isInstanceOf(VectorKernels.class);
    assertThat(Kernels.select("scalar")).isInstanceOf(ScalarKernels.class);
  }

  @Test
  void vectorAndScalarProductsAgreeOnSlicesOfEveryShape() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int trial = 0; trial < 300; trial++) {
      int m = 1 + rng.nextInt(40);
      int k = 1 + rng.nextInt(40);
      int n = 1 + rng.nextInt(80);
      int pad = rng.nextInt(5);
      int lda = k + pad;
      int ldb = n + pad;
      int ldc = n + pad;
      double[] a = random(rng, 3 + m * lda + k);
      double[] b = random(rng, 3 + k * ldb + n);
      double[] c1 = random(rng, 3 + m * ldc + n);
      double[] c2 = c1.clone();
      boolean add = rng.nextBoolean();
      scalar.mult(a, 3, lda, b, 3, ldb, c1, 3, ldc, m, k, n, add);
      vector.mult(a, 3, lda, b, 3, ldb, c2, 3, ldc, m, k, n, add);
      assertClose(c1, c2);
      // Aᵀ B with A stored (k x m)
      double[] at = random(rng, 3 + k * (m + pad) + m);
      double[] d1 = random(rng, c1.length);
      double[] d2 = d1.clone();
      scalar.multTransA(at, 3, m + pad, b, 3, ldb, d1, 3, ldc, m, k, n);
      vector.multTransA(at, 3, m + pad, b, 3, ldb, d2, 3, ldc, m, k, n);
      assertClose(d1, d2);
    }
  }

  /**
   * Whatever block an element of C falls in (strips of four vectors, single vectors, scalars; rows
   * four at a time or one), and however k is cut into panels, it is one chain of fused
   * multiply-adds over p in order: so the blocking, and any change of it, gives the same bits.
   */
  @Test
  void vectorProductsAreOneFusedChainPerElementWhateverTheBlocking() {
    SplittableRandom rng = new SplittableRandom(6);
    int[][] shapes = {
      {32, 64, 256},
      {7, 300, 75},
      {2, 260, 131},
      {37, 9, 1030},
      {5, 1, 33},
      {262, 20, 40},
      {4, 3, 31}
    };
    for (int[] shape : shapes) {
      int m = shape[0];
      int k = shape[1];
      int n = shape[2];
      int lda = k + 1;
      int ldb = n + 2;
      int ldc = n + 3;
      double[] a = random(rng, 1 + m * lda);
      double[] b = random(rng, 2 + k * ldb);
      double[] c = random(rng, m * ldc);
      double[] expected = c.clone();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double s = expected[i * ldc + j];
          for (int p = 0; p < k; p++) {
            s = Math.fma(a[1 + i * lda + p], b[2 + p * ldb + j], s);
          }
          expected[i * ldc + j] = s;
        }
      }
      vector.mult(a, 1, lda, b, 2, ldb, c, 0, ldc, m, k, n, true);
      assertThat(c).containsExactly(expected);
    }
  }

  @Test
  void vectorAndScalarColumnSumsAgree() {
    SplittableRandom rng = new SplittableRandom(4);
    for (int cols = 1; cols < 70; cols += 3) {
      double[] src = random(rng, 2 + 9 * cols);
      double[] d1 = random(rng, cols);
      double[] d2 = d1.clone();
      scalar.addColumnSums(src, 2, 9, cols, d1);
      vector.addColumnSums(src, 2, 9, cols, d2);
      assertClose(d1, d2);
    }
  }

  @Test
  void aStackOnScalarKernelsHasTheSameGradientsAsOnVectorKernels() {
    NetworkConfig config =
        NetworkConfig.of(
            3,
            2,
            java.util.List.of(
                LayerConfig.lstm(20, false, 0),
                LayerConfig.gru(17),
                LayerConfig.rnn(33, Activation.TANH),
                LayerConfig.dense(9, Activation.SIGMOID)),
            ConnectionKind.DENSE,
            InitScheme.ORTHOGONAL,
            0.9,
            9);
    Batch batch = Fixtures.regression(new SplittableRandom(1), 11, 5, 3, 2, new int[] {3, 10});
    Network onScalar = new Network(config, scalar);
    Network onVector = new Network(config, vector);
    Probe ps = new Trainer(onScalar, OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
    Probe pv = new Trainer(onVector, OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
    assertThat(pv.loss()).isCloseTo(ps.loss(), within(1e-13));
    for (int q = 0; q < onScalar.params.size(); q++) {
      double[] gs = onScalar.params.get(q).g();
      double[] gv = onVector.params.get(q).g();
      assertThat(GradientCheckTest.relativeError(gs, gv)).isLessThan(1e-12);
    }
  }

  @Test
  void vectorActivationsMatchJavaLangMath() {
    SplittableRandom rng = new SplittableRandom(5);
    double[] x = new double[1000];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextDouble(-40, 40);
    }
    double[] s = x.clone();
    double[] t = x.clone();
    vector.sigmoid(s, 1, 997);
    vector.tanh(t, 1, 997);
    for (int i = 1; i < 998; i++) {
      assertThat(s[i]).isCloseTo(1 / (1 + Math.exp(-x[i])), within(1e-15));
      assertThat(t[i]).isCloseTo(Math.tanh(x[i]), within(1e-15));
    }
    assertThat(s[0]).isEqualTo(x[0]);
    assertThat(t[999]).isEqualTo(x[999]);
  }

  @Test
  void vectorAndScalarActivationsGiveTheSameBitsSoARunDoesNotDependOnHowWarmTheJvmIs() {
    SplittableRandom rng = new SplittableRandom(9);
    double[] x = new double[4099];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextDouble(-30, 30);
    }
    x[7] = Double.NaN;
    x[8] = 800;
    x[9] = -800;
    double[] vs = x.clone();
    double[] ss = x.clone();
    double[] vt = x.clone();
    double[] st = x.clone();

    vector.sigmoid(vs, 0, x.length);
    new ScalarKernels().sigmoid(ss, 0, x.length);
    vector.tanh(vt, 0, x.length);
    new ScalarKernels().tanh(st, 0, x.length);

    assertThat(vs).containsExactly(ss);
    assertThat(vt).containsExactly(st);
    assertThat(vs[7]).isNaN();
  }

  static double[] random(SplittableRandom rng, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.nextGaussian();
    }
    return v;
  }

  static void assertClose(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      assertThat(y[i]).isCloseTo(x[i], within(1e-12 * (1 + Math.abs(x[i]))));
    }
  }
}
