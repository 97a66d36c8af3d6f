package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each optimiser's update against the same step worked out by hand. */
class OptimizerTest {

  static Param param(double... w) {
    Param p = new Param("w", 1, w.length);
    System.arraycopy(w, 0, p.v(), 0, w.length);
    return p;
  }

  static void step(Optimizer o, Param p, double... g) {
    System.arraycopy(g, 0, p.g(), 0, g.length);
    o.update();
  }

  @Test
  void sgdSubtractsTheLearningRateTimesTheGradient() {
    Param p = param(1.0, -2.0);
    Optimizer o = Optimizer.create(OptimizerConfig.sgd(0.1), List.of(p));
    step(o, p, 0.5, -1.0);
    assertThat(p.v()).containsExactly(0.95, -1.9);
  }

  @Test
  void momentumAccumulatesVelocityAcrossSteps() {
    Param p = param(1.0, -2.0);
    Optimizer o = Optimizer.create(OptimizerConfig.momentum(0.1), List.of(p));
    step(o, p, 0.5, -1.0); // v = (0.5, −1),  w = (1 − 0.05, −2 + 0.1)
    step(o, p, 0.5, -1.0); // v = (0.9·0.5 + 0.5, 0.9·−1 − 1) = (0.95, −1.9),  w −= 0.1 v
    assertThat(p.v()[0]).isCloseTo(0.95 - 0.095, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(p.v()[1]).isCloseTo(-1.9 + 0.19, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void rmspropDividesByTheRootOfTheRunningMeanSquare() {
    Param p = param(1.0);
    Optimizer o = Optimizer.create(OptimizerConfig.rmsprop(0.01), List.of(p));
    step(o, p, 0.5); // s = 0.1 · 0.25 = 0.025
    double w1 = 1.0 - 0.01 * 0.5 / (0.15811388300841897 + 1e-8);
    assertThat(p.v()[0]).isCloseTo(w1, org.assertj.core.data.Offset.offset(1e-15));
    step(o, p, -1.0); // s = 0.9 · 0.025 + 0.1 · 1 = 0.1225, √s = 0.35
    assertThat(p.v()[0])
        .isCloseTo(w1 + 0.01 / (0.35 + 1e-8), org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void adamCorrectsTheBiasOfBothMoments() {
    Param p = param(1.0);
    Optimizer o = Optimizer.create(OptimizerConfig.adam(0.001), List.of(p));
    step(o, p, 0.5); // m̂ = 0.5, v̂ = 0.25: the first step is η · g / (|g| + ε)
    double w1 = 1.0 - 0.001 * 0.5 / (0.5 + 1e-8);
    assertThat(p.v()[0]).isCloseTo(w1, org.assertj.core.data.Offset.offset(1e-15));
    step(o, p, 0.25);
    // m = 0.9 · 0.05 + 0.1 · 0.25 = 0.07;  v = 0.999 · 0.00025 + 0.001 · 0.0625 = 0.00031225
    // m̂ = 0.07 / 0.19;  v̂ = 0.00031225 / 0.001999
    double w2 = w1 - 0.001 * (0.07 / 0.19) / (Math.sqrt(0.00031225 / 0.001999) + 1e-8);
    assertThat(p.v()[0]).isCloseTo(w2, org.assertj.core.data.Offset.offset(1e-15));
  }
}
