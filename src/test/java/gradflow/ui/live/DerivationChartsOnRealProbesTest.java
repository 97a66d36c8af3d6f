package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.Activation;
import gradflow.engine.LayerConfig;
import org.junit.jupiter.api.Test;

/** The derivations' charts fed by the real engine, on the adding task (loss at the last step). */
class DerivationChartsOnRealProbesTest {

  private static final int T = 20;

  @Test
  void aFreshLstmsDirectTermIsTheLargestOfTheFourAtEveryStepAfterTheFirst() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.lstm(8, true, 1.0));

    var lines = CellTermsChart.of(probe, 0);

    for (int t = 1; t < T; t++) {
      double b = lines.lines().get(1).y()[t];
      for (int other : new int[] {0, 2, 3}) {
        assertThat(b)
            .as("t = %d, term %d", t, other)
            .isGreaterThan(lines.lines().get(other).y()[t]);
      }
    }
    assertThat(lines.zeros()).isEqualTo(4);
  }

  @Test
  void the1997CellHasNoLineThroughTheForgetGateAndTheNoteSaysWhy() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.lstm(8, false, 0.0));

    var lines = CellTermsChart.of(probe, 0);

    assertThat(lines.points(lines.lines().getFirst())).isEmpty();
    assertThat(lines.fullNote()).contains("no forget gate");
    // Without a forget gate B_t = I: the direct path alone keeps the gradient whole.
    assertThat(CellProductsChart.of(probe, 0).lines().get(1).y()).containsOnly(1.0);
  }

  @Test
  void aTanhRnnGetsItsEigenModesAndAnLstmBesideItNone() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.rnn(8, Activation.TANH), LayerConfig.lstm(8));
    var modes = new GradientModesChart("gradient-modes");
    var shares = new StepWeightGradChart("step-weight-grad");

    modes.show(probe);
    shares.show(probe);

    assertThat(modes.isVisible()).isTrue();
    assertThat(modes.layerPicker().isVisible()).isFalse();
    assertThat(StepWeightGradChart.of(probe).lines())
        .extracting(LogLines.Line::label)
        .containsExactly("layer 1 (RNN)", "layer 2 (LSTM)");
  }

  @Test
  void aPlainFeedForwardStacksGainsStayUnderTheirBounds() {
    var probe =
        RealProbes.probe(
            T,
            null,
            LayerConfig.dense(8, Activation.TANH),
            LayerConfig.dense(8, Activation.TANH),
            LayerConfig.dense(8, Activation.TANH));

    var lines = DepthJacobianChart.of(probe);

    var gains = lines.lines().get(0).y();
    var bounds = lines.lines().get(1).y();
    assertThat(gains).hasSize(2);
    for (int i = 0; i < gains.length; i++) {
      assertThat(bounds[i]).isFinite();
      assertThat(gains[i]).isPositive().isLessThanOrEqualTo(bounds[i] * (1 + 1e-9));
    }
    assertThat(lines.fullNote()).isEmpty();
  }
}
