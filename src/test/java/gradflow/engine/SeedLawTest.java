package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DESIGN.md lesson 1: with a linear activation dL/dh_{t−1} = dL/dh_t Whᵀ, and an orthogonal Wh
 * scaled to spectral radius ρ scales every vector by exactly ρ.
 */
class SeedLawTest {

  static final int T = 30;

  static Probe probeAtStepZero(Activation activation, double rho) {
    NetworkConfig config =
        NetworkConfig.of(
            3,
            2,
            List.of(LayerConfig.rnn(16, activation)),
            ConnectionKind.PLAIN,
            InitScheme.ORTHOGONAL,
            rho,
            11);
    Batch batch = Fixtures.regression(new SplittableRandom(4), T, 8, 3, 2, Fixtures.lastStep(T));
    return new Trainer(new Network(config), OptimizerConfig.adam(1e-3), Clipping.NONE).probe(batch);
  }

  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(doubles = {0.5, 0.9, 1.0, 1.5})
  @DisplayName(
      "identity rnn, orthogonal Wh: hiddenGrad[0][t-1] / hiddenGrad[0][t] = rho for every t, to 1e-9")
  void gradientOfIdentityRnnDecaysExactlyLikeRhoToTheDistance(double rho) {
    Probe p = probeAtStepZero(Activation.IDENTITY, rho);
    assertThat(p.spectralRadius()[0][0]).isCloseTo(rho, within(1e-12));
    double[] g = p.hiddenGrad()[0];
    for (int t = 1; t < T; t++) {
      assertThat(g[t - 1] / g[t] / rho - 1).as("t = %d", t).isCloseTo(0, within(1e-9));
    }
  }

  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(doubles = {0.5, 0.9, 1.0, 1.5})
  @DisplayName(
      "tanh rnn, orthogonal Wh: hiddenGrad[0][t-1] / hiddenGrad[0][t] <= rho, since tanh' <= 1")
  void tanhOnlyShrinksTheRatioBelowRho(double rho) {
    double[] g = probeAtStepZero(Activation.TANH, rho).hiddenGrad()[0];
    for (int t = 1; t < T; t++) {
      assertThat(g[t - 1] / g[t]).isFinite().as("t = %d", t).isLessThanOrEqualTo(rho * (1 + 1e-12));
    }
  }
}
