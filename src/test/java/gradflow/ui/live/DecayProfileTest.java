package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Activation;
import gradflow.engine.LayerConfig;
import org.junit.jupiter.api.Test;

class DecayProfileTest {

  private static final int T = 30;

  @Test
  void forAnIdentityRnnWithOrthogonalWeightsTheMeasuredDecayIsExactlyRhoToTheDistance() {
    var probe = RealProbes.probe(T, 0.9, RealProbes.identityRnn(16));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.block()).isEqualTo("Wh");
    assertThat(profile.rho()).isCloseTo(0.9, within(1e-9));
    assertThat(profile.measured()).hasSize(T);
    for (int l = 0; l < T; l++) {
      double measured = profile.measured()[l];
      assertThat(measured).isPositive();
      assertThat(profile.predicted()[l]).isCloseTo(measured, within(1e-9 * measured));
      assertThat(measured)
          .isCloseTo(profile.measured()[0] * Math.pow(0.9, l), within(1e-9 * measured));
    }
  }

  @Test
  void theMeasuredValueAtDistanceZeroIsTheGradientAtTheLastStep() {
    var probe = RealProbes.probe(T, 0.9, RealProbes.identityRnn(8));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.measured()[0]).isEqualTo(probe.hiddenGrad()[0][T - 1]);
    assertThat(profile.measured()[T - 1]).isEqualTo(probe.hiddenGrad()[0][0]);
  }

  @Test
  void forATanhRnnTheMeasuredLineLiesBelowThePrediction() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.rnn(16, Activation.TANH));

    var profile = DecayProfile.of(probe, 0);

    for (int l = 0; l < T; l++) {
      assertThat(profile.measured()[l]).isLessThanOrEqualTo(profile.predicted()[l] * (1 + 1e-9));
    }
    assertThat(profile.measured()[T - 1]).isLessThan(profile.predicted()[T - 1]);
  }

  @Test
  void anLstmIsPredictedFromItsCandidateBlockAndBringsItsCellStateGradient() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.lstm(8, true, 1.0));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.block()).isEqualTo("Wh_g");
    assertThat(profile.rho()).isCloseTo(0.9, within(1e-9));
    assertThat(profile.cell()).hasSize(T);
    assertThat(profile.cell()[0]).isEqualTo(probe.cellGrad()[0][T - 1]);
  }

  @Test
  void theDefaultLayerIsTheFirstRecurrentOneAndADenseLayerPredictsNothing() {
    var probe =
        RealProbes.probe(
            T, 0.9, LayerConfig.dense(8, Activation.TANH), LayerConfig.rnn(8, Activation.TANH));

    assertThat(DecayProfile.defaultLayer(probe)).isEqualTo(1);
    var dense = DecayProfile.of(probe, 0);
    assertThat(dense.block()).isNull();
    assertThat(dense.predicts()).isFalse();
    assertThat(dense.cell()).isNull();
  }
}
