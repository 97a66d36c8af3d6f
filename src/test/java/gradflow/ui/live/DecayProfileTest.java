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
  void forATanhRnnTheMeasuredLineLiesBelowTheLinearRnnLineAndUnderTheBound() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.rnn(16, Activation.TANH));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.kind()).isEqualTo(DecayProfile.Kind.LINEAR);
    for (int l = 0; l < T; l++) {
      assertThat(profile.measured()[l]).isLessThanOrEqualTo(profile.predicted()[l] * (1 + 1e-9));
      assertThat(profile.measured()[l]).isLessThanOrEqualTo(profile.bound()[l] * (1 + 1e-9));
    }
    assertThat(profile.measured()[T - 1]).isLessThan(profile.predicted()[T - 1]);
    assertThat(DecayProfileChart.Text.reading(profile))
        .startsWith("The measured gradient falls faster");
  }

  @Test
  void aSaturatedTanhRnnAboveTheUnitCircleIsNeverShownARisingPredictionWithoutItsReading() {
    // The case: the default stack (tanh RNN, Xavier) whose ρ > 1 predicts growth while the
    // measured gradient falls. The line stays, labelled "linear RNN", with the sentence saying why.
    var probe = RealProbes.probe(50, 1.244, LayerConfig.rnn(32, Activation.TANH));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.predicted()[49]).isGreaterThan(profile.predicted()[0]);
    assertThat(profile.measured()[49]).isLessThan(profile.measured()[0]);
    assertThat(DecayProfileChart.Text.predicted(profile)).startsWith("linear RNN prediction");
    assertThat(DecayProfileChart.Text.reading(profile))
        .contains("falls faster than the linear RNN's ρ^ℓ")
        .contains("saturate");
    for (int l = 0; l < 50; l++) {
      assertThat(profile.measured()[l]).isLessThanOrEqualTo(profile.bound()[l] * (1 + 1e-9));
    }
  }

  @Test
  void anLstmIsPredictedByTheProductOfItsForgetGatesNotByAMatrixPower() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.lstm(8, true, 1.0));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.kind()).isEqualTo(DecayProfile.Kind.FORGET);
    assertThat(profile.bounds()).isFalse();
    assertThat(profile.cell()).hasSize(T);
    assertThat(profile.cell()[0]).isEqualTo(probe.cellGrad()[0][T - 1]);
    assertThat(profile.predicted()[0]).isEqualTo(profile.cell()[0]);
    double[] productB = probe.cellTerms()[0].productB();
    assertThat(profile.predicted()[5])
        .isCloseTo(profile.cell()[0] * productB[T - 1 - 5], within(1e-15));
    assertThat(DecayProfileChart.Text.predicted(profile)).contains("∏ f_s");
  }

  @Test
  void aGruGetsNoLineButASentenceAboutItsUpdateGate() {
    var probe = RealProbes.probe(T, 0.9, LayerConfig.gru(8));

    var profile = DecayProfile.of(probe, 0);

    assertThat(profile.kind()).isEqualTo(DecayProfile.Kind.GATED);
    assertThat(profile.predicts()).isFalse();
    assertThat(DecayProfileChart.Text.reading(profile)).contains("update gate");
  }

  @Test
  void aProbeSavedBeforeTheDerivationsKeepsItsLinearLineWithoutABound() {
    var p = RealProbes.probe(T, 0.9, RealProbes.identityRnn(8));
    var old =
        new gradflow.engine.Probe(
            p.step(),
            p.loss(),
            p.hiddenGrad(),
            p.cellGrad(),
            p.forgetGate(),
            p.weightGrad(),
            p.readoutGrad(),
            p.globalNormBefore(),
            p.globalNormAfter(),
            p.clipped(),
            p.spectralRadius(),
            p.eigenvalues());

    var profile = DecayProfile.of(old, 0);

    assertThat(profile.kind()).isEqualTo(DecayProfile.Kind.LINEAR);
    assertThat(profile.predicts()).isTrue();
    assertThat(profile.bounds()).isFalse();
    assertThat(DecayProfileChart.Text.reading(profile)).isEmpty();
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

  @Test
  void aLinearRnnBelowItsLineIsExplainedByItsSmallerModesNotBySaturation() {
    double nan = Double.NaN;
    var profile =
        new DecayProfile(
            0,
            DecayProfile.Kind.LINEAR,
            "Wh",
            1.0,
            1.0,
            1.7,
            new double[] {1, 0.5, 0.2},
            new double[] {1, 1, 1},
            new double[] {1, 1.7, 2.89},
            new double[] {0.4, 0.5, nan},
            null,
            true);

    assertThat(DecayProfileChart.Text.reading(profile))
        .contains("linear (σ′ = 1)")
        .contains("eigen-modes")
        .doesNotContain("units saturate");
    assertThat(DecayProfileChart.Text.reading(withLinear(profile, false)))
        .contains("units saturate");
  }

  private static DecayProfile withLinear(DecayProfile p, boolean linear) {
    return new DecayProfile(
        p.layer(),
        p.kind(),
        p.block(),
        p.rho(),
        p.gamma(),
        p.sigmaMax(),
        p.measured(),
        p.predicted(),
        p.bound(),
        p.gains(),
        p.cell(),
        linear);
  }

  @Test
  void anLstmWhoseCellGradientLiesFarAboveTheForgetProductSaysTheGatesPathsCarryIt() {
    double nan = Double.NaN;
    double[] none = {nan, nan, nan};
    var shut =
        new DecayProfile(
            0,
            DecayProfile.Kind.FORGET,
            null,
            nan,
            nan,
            nan,
            new double[] {1e-3, 1e-6, 1e-9},
            new double[] {1e-3, 1e-10, 1e-20},
            none,
            none,
            new double[] {1e-3, 1e-5, 1e-8},
            false);
    var open =
        new DecayProfile(
            0,
            DecayProfile.Kind.FORGET,
            null,
            nan,
            nan,
            nan,
            new double[] {1e-3, 1e-4, 1e-5},
            new double[] {1e-3, 5e-4, 2e-4},
            none,
            none,
            new double[] {1e-3, 6e-4, 3e-4},
            false);

    assertThat(DecayProfileChart.Text.reading(shut)).contains("far above").contains("D_t");
    assertThat(DecayProfileChart.Text.reading(open)).contains("dropped the gradient on purpose");
  }
}
