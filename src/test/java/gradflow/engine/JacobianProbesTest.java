package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The derivations' other probes against finite differences: the recurrent step Jacobian diag(σ′)
 * W_h and its bound, each step's share of dL/dW_h, the eigen-modes of the gradient, and each
 * layer's depth gain.
 */
@DisplayName("The Jacobian probes measure what the derivations say")
class JacobianProbesTest {
  static final double EPS = 1e-6;
  static final int T = 5;
  static final int B = 3;
  static final int H = 4;
  static final int I = 2;

  static Network network(LayerConfig layer, Double rho, InitScheme scheme, long seed) {
    var net =
        new Network(
            new NetworkConfig(I, 1, List.of(layer), ConnectionKind.PLAIN, scheme, rho, -1.0, seed));
    var rng = new SplittableRandom(seed);
    for (Param p : net.params) {
      if (p.name.equals("b")) {
        for (int i = 0; i < p.size(); i++) {
          p.v()[i] += rng.nextDouble(-0.5, 0.5);
        }
      }
    }
    return net;
  }

  static Batch lastStepBatch(long seed) {
    return Fixtures.regression(new SplittableRandom(seed), T, B, I, 1, Fixtures.lastStep(T));
  }

  static Probe probe(Network net, Batch batch) {
    return new Trainer(net, OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
  }

  @ParameterizedTest(name = "rnn {0}")
  @EnumSource(Activation.class)
  void theRnnStepGainIsTheFiniteDifferenceJacobianOnTheGradientAndStaysUnderTheBound(
      Activation activation) {
    checkStepGain(new LayerConfig(CellKind.RNN, H, activation, true, 0), 3);
  }

  @ParameterizedTest(name = "indrnn {0}")
  @EnumSource(Activation.class)
  void theIndRnnStepGainIsTheFiniteDifferenceJacobianOnTheGradientAndStaysUnderTheBound(
      Activation activation) {
    checkStepGain(new LayerConfig(CellKind.INDRNN, H, activation, true, 0), 4);
  }

  private static void checkStepGain(LayerConfig layer, long seed) {
    var net = network(layer, 1.4, InitScheme.XAVIER, seed);
    var batch = lastStepBatch(seed);
    var probe = probe(net, batch);
    Cell cell = net.cells[0];
    double[] dh = cell.dh.data.clone();
    StepJacobian j = probe.stepJacobian()[0];
    assertThat(j.gain()[0]).isZero();
    for (int t = 1; t < T; t++) {
      double mean = 0;
      for (int r = 0; r < B; r++) {
        double[] jac = hiddenJacobian(net, batch, cell, t, r);
        double[] d = new double[H];
        System.arraycopy(dh, t * B * H + r * H, d, 0, H);
        mean +=
            LstmCellTermsTest.norm(LstmCellTermsTest.times(d, jac)) / LstmCellTermsTest.norm(d) / B;
      }
      assertThat(j.gain()[t]).as("gain at t = %d", t).isCloseTo(mean, offset(1e-7 * (1 + mean)));
      assertThat(j.gain()[t]).as("gain at t = %d under γ σ_max", t).isLessThanOrEqualTo(j.bound());
    }
    assertThat(j.gamma()).isEqualTo(layer.activation() == Activation.SIGMOID ? 0.25 : 1.0);
    assertThat(j.rho()).isCloseTo(probe.spectralRadius()[0][0], offset(1e-12));
    assertThat(j.sigmaMax()).isGreaterThanOrEqualTo(j.rho() - 1e-12);
  }

  /** [k][j] = ∂h_t[k]/∂h_{t−1}[j] of row r, nudging h_{t−1} as the forward pass computes it. */
  static double[] hiddenJacobian(Network net, Batch batch, Cell cell, int t, int r) {
    double[] out = new double[H * H];
    double[] eps = new double[1];
    int[] at = new int[1];
    cell.stateHook =
        (state, step, data) -> {
          if (state == Cell.State.HIDDEN && step == t - 1) {
            data[(t - 1) * B * H + r * H + at[0]] += eps[0];
          }
        };
    for (int j = 0; j < H; j++) {
      at[0] = j;
      eps[0] = EPS;
      net.forward(batch);
      double[] plus = LstmCellTermsTest.row(cell.h.data, t, r);
      eps[0] = -EPS;
      net.forward(batch);
      double[] minus = LstmCellTermsTest.row(cell.h.data, t, r);
      for (int k = 0; k < H; k++) {
        out[k * H + j] = (plus[k] - minus[k]) / (2 * EPS);
      }
    }
    cell.stateHook = Cell.StateHook.NONE;
    net.forward(batch);
    return out;
  }

  @Test
  void anIdentityRnnWithAnOrthogonalMatrixScaledToRhoHasAGainOfExactlyRho() {
    var net =
        network(
            new LayerConfig(CellKind.RNN, H, Activation.IDENTITY, true, 0),
            0.8,
            InitScheme.ORTHOGONAL,
            5);
    var probe = probe(net, lastStepBatch(5));
    StepJacobian j = probe.stepJacobian()[0];
    for (int t = 1; t < T; t++) {
      assertThat(j.gain()[t]).isCloseTo(0.8, offset(1e-12));
    }
    assertThat(j.bound()).isCloseTo(0.8, offset(1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = CellKind.class,
      names = {"RNN", "INDRNN", "LSTM", "GRU"})
  void eachStepsShareOfTheRecurrentWeightGradientIsTheFiniteDifferenceOfThatStepAlone(
      CellKind kind) {
    var net =
        network(new LayerConfig(kind, H, Activation.TANH, true, 0.5), null, InitScheme.XAVIER, 6);
    var batch = lastStepBatch(6);
    var probe = probe(net, batch);
    Cell cell = net.cells[0];
    Param recurrent =
        cell.params().stream()
            .filter(p -> p.name.equals("Wh") || p.name.equals("u"))
            .findFirst()
            .orElseThrow();
    double[] analytic = recurrent.g().clone();
    double[] sum = new double[analytic.length];
    double[] reported = probe.stepWeightGrad()[0];
    assertThat(reported[0]).isZero();
    for (int t = 1; t < T; t++) {
      double[] share = stepShare(net, batch, cell, recurrent, t);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += share[i];
      }
      double norm = norm(share);
      assertThat(reported[t]).as("share of step %d", t).isCloseTo(norm, offset(1e-7 * (1 + norm)));
    }
    assertThat(GradientCheckTest.relativeError(analytic, sum))
        .as("the shares add up to dL/d%s", recurrent.name)
        .isLessThan(1e-6);
  }

  /**
   * (∂L/∂W)|_t by central differences: W moved for step t only, by moving it once step t − 1 has
   * finished and back once step t has.
   */
  static double[] stepShare(Network net, Batch batch, Cell cell, Param w, int t) {
    double[] out = new double[w.size()];
    double[] eps = new double[1];
    int[] at = new int[1];
    cell.stateHook =
        (state, step, data) -> {
          if (state == Cell.State.HIDDEN && step == t - 1) {
            w.v()[at[0]] += eps[0];
          } else if (state == Cell.State.HIDDEN && step == t) {
            w.v()[at[0]] -= eps[0];
          }
        };
    for (int i = 0; i < out.length; i++) {
      at[0] = i;
      eps[0] = EPS;
      double plus = net.forward(batch);
      eps[0] = -EPS;
      double minus = net.forward(batch);
      out[i] = (plus - minus) / (2 * EPS);
    }
    cell.stateHook = Cell.StateHook.NONE;
    return out;
  }

  @Test
  void theEigenModesOfTheLastGradientRebuildEveryEarlierGradientOfALinearRnn() {
    int h = 5;
    // The first seed whose W_h has a complex pair, so that the test covers both kinds of mode.
    Network net = null;
    Probe probe = null;
    Batch batch = null;
    for (long seed = 17; probe == null || !hasComplexPair(probe); seed++) {
      net =
          new Network(
              new NetworkConfig(
                  I,
                  1,
                  List.of(new LayerConfig(CellKind.RNN, h, Activation.IDENTITY, true, 0)),
                  ConnectionKind.PLAIN,
                  InitScheme.XAVIER,
                  1.1,
                  -1.0,
                  seed));
      batch = lastStepBatch(seed);
      probe = probe(net, batch);
    }
    var cell = (RnnCell) net.cells[0];
    Spectrum spectrum = probe.eigenvalues()[0][0];
    double[] x = batchMean(cell.dh, T - 1, h);
    for (int l = 0; l < T; l++) {
      // (3) W_hˡ x = Σ_i c_i λ_iˡ q_i; a complex pair adds c λˡ q and its conjugate: 2 Re(c λˡ q)
      double[] rebuilt = new double[h];
      for (int i : EigenModes.largest(spectrum, h)) {
        double re = spectrum.re()[i];
        double im = spectrum.im()[i];
        double[][] cq = EigenModes.coefficient(cell.Wh.value, re, im, x);
        double mod = Math.pow(Math.hypot(re, im), l);
        double arg = l * Math.atan2(im, re);
        double cr = cq[0][0] * Math.cos(arg) * mod - cq[0][1] * Math.sin(arg) * mod;
        double ci = cq[0][0] * Math.sin(arg) * mod + cq[0][1] * Math.cos(arg) * mod;
        for (int j = 0; j < h; j++) {
          double real = cr * cq[1][j] - ci * cq[2][j];
          rebuilt[j] += im == 0 ? real : 2 * real;
        }
      }
      double[] measured = batchMean(cell.dh, T - 1 - l, h);
      assertThat(GradientCheckTest.relativeError(rebuilt, measured))
          .as("the gradient at distance %d", l)
          .isLessThan(1e-8);
      assertThat(probe.gradientModes()[0].measured()[l]).isCloseTo(norm(measured), offset(1e-12));
    }
    GradientModes modes = probe.gradientModes()[0];
    assertThat(modes.re()).hasSizeLessThanOrEqualTo(RnnCell.MODES);
    for (int m = 1; m < modes.re().length; m++) {
      assertThat(Math.hypot(modes.re()[m], modes.im()[m]))
          .as("largest first")
          .isLessThanOrEqualTo(Math.hypot(modes.re()[m - 1], modes.im()[m - 1]));
    }
    assertThat(
            java.util.Arrays.stream(modes.coefficient()).allMatch(c -> c > 0 && Double.isFinite(c)))
        .isTrue();
  }

  static boolean hasComplexPair(Probe probe) {
    return java.util.Arrays.stream(probe.eigenvalues()[0][0].im()).anyMatch(v -> v != 0);
  }

  static double[] batchMean(DMatrixRMaj m, int t, int h) {
    double[] out = new double[h];
    for (int r = 0; r < B; r++) {
      for (int j = 0; j < h; j++) {
        out[j] += m.data[(t * B + r) * h + j] / B;
      }
    }
    return out;
  }

  static double norm(double[] v) {
    return LstmCellTermsTest.norm(v);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ConnectionKind.class)
  void eachLayersDepthGainIsTheFiniteDifferenceJacobianOnTheGradientItPassesDown(
      ConnectionKind connection) {
    var rng = new SplittableRandom(8);
    var layers = new ArrayList<LayerConfig>();
    for (int l = 0; l < 4; l++) {
      layers.add(
          new LayerConfig(
              CellKind.DENSE, H, l % 2 == 0 ? Activation.TANH : Activation.SIGMOID, true, 0));
    }
    var net =
        new Network(new NetworkConfig(I, 1, layers, connection, InitScheme.XAVIER, null, -1.0, 8));
    int steps = 2;
    var batch = Fixtures.regression(rng, steps, B, I, 1, new int[] {0, 1});
    var probe = probe(net, batch);
    assertThat(probe.depthGain()[0]).isNaN();
    for (int l = 1; l < layers.size(); l++) {
      Connection c = net.stack[l];
      int rows = steps * B;
      DMatrixRMaj dy = c.dy().copy();
      DMatrixRMaj u0 = net.input(l).copy();
      int col0 = u0.numCols - H;
      double sent = 0;
      double above = 0;
      for (int r = 0; r < rows; r++) {
        double[] v = new double[H];
        for (int j = 0; j < H; j++) {
          DMatrixRMaj plus = u0.copy();
          plus.data[r * u0.numCols + col0 + j] += EPS;
          DMatrixRMaj minus = u0.copy();
          minus.data[r * u0.numCols + col0 + j] -= EPS;
          double[] yp = layerOutput(net, l, plus, r);
          double[] ym = layerOutput(net, l, minus, r);
          for (int k = 0; k < H; k++) {
            v[j] += dy.data[r * H + k] * (yp[k] - ym[k]) / (2 * EPS);
          }
        }
        double[] d = new double[H];
        System.arraycopy(dy.data, r * H, d, 0, H);
        sent += norm(v) / rows;
        above += norm(d) / rows;
      }
      double expected = sent / above;
      assertThat(probe.depthGain()[l])
          .as("layer %d", l)
          .isCloseTo(expected, offset(1e-7 * (1 + expected)));
      if (!Double.isNaN(probe.depthBound()[l])) {
        assertThat(probe.depthGain()[l])
            .as("under its bound")
            .isLessThanOrEqualTo(probe.depthBound()[l]);
      }
      net.forward(batch);
    }
    assertThat(probe.depthBound()[1])
        .as("a bound where there is a simple one")
        .matches(b -> connection == ConnectionKind.HIGHWAY ? Double.isNaN(b) : b > 0);
  }

  /** y_l of row r when layer l reads u instead of its input. */
  static double[] layerOutput(Network net, int l, DMatrixRMaj u, int r) {
    net.cells[l].forward(u);
    net.stack[l].forward(u);
    double[] out = new double[H];
    System.arraycopy(net.stack[l].y().data, r * H, out, 0, H);
    return out;
  }

  @Test
  void withTheDerivationsOffAProbeLeavesTheirFieldsEmptyAndKeepsTheRest() {
    var net =
        network(
            new LayerConfig(CellKind.LSTM, H, Activation.TANH, true, 1),
            null,
            InitScheme.XAVIER,
            9);
    var batch = lastStepBatch(9);
    var trainer = new Trainer(net, OptimizerConfig.sgd(0.1), Clipping.NONE);
    Probe full = trainer.probe(batch);
    Probe basic = trainer.derivations(false).probe(batch);

    assertThat(basic.cellTerms()).isNull();
    assertThat(basic.stepWeightGrad()).isNull();
    assertThat(basic.stepJacobian()).isNull();
    assertThat(basic.gradientModes()).isNull();
    assertThat(basic.depthGain()).isNull();
    assertThat(basic.depthBound()).isNull();
    assertThat(basic.hiddenGrad()).isDeepEqualTo(full.hiddenGrad());
    assertThat(full.cellTerms()[0]).isNotNull();
  }
}
