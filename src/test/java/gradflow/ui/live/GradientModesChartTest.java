package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.GradientModes;
import gradflow.ui.live.KnownProbes.Cell;
import org.junit.jupiter.api.Test;

class GradientModesChartTest {

  private static final GradientModes MODES =
      new GradientModes(
          new double[] {0.9, 0.5},
          new double[] {0.3, 0},
          new double[] {2, 0},
          new double[] {2.5, 1.8, Double.NaN, 1.1});

  private static gradflow.engine.Probe rnn(GradientModes modes) {
    return KnownProbes.probe(
        4, new Cell[] {Cell.RNN}, null, null, new GradientModes[] {modes}, null, null);
  }

  @Test
  void eachModeIsItsCoefficientTimesItsModulusToTheDistance() {
    var lines = GradientModesChart.of(rnn(MODES), 0);

    var first = lines.lines().get(1);
    double modulus = Math.hypot(0.9, 0.3);
    for (int l = 0; l < 4; l++) {
      assertThat(first.y()[l]).isCloseTo(2 * Math.pow(modulus, l), within(1e-12));
    }
    assertThat(first.label()).isEqualTo("λ = 0.9000 ± 0.3000i, |λ| = " + Numbers.format(modulus));
    assertThat(lines.lines().get(2).label()).isEqualTo("λ = 0.5000, |λ| = 0.5000");
  }

  @Test
  void theMeasuredGradientIsDrawnAsPointsWithItsNaNLeftOutAndCounted() {
    var lines = GradientModesChart.of(rnn(MODES), 0);

    var measured = lines.lines().getFirst();
    assertThat(measured.kind()).isEqualTo(LogLines.Kind.POINTS);
    assertThat(measured.y()).containsExactly(MODES.measured());
    assertThat(lines.points(measured)).extracting(LabelledPoint::x).containsExactly(0.0, 1.0, 3.0);
    assertThat(lines.nonFinite()).isEqualTo(1);
  }

  @Test
  void aModeWithoutAShareOfTheGradientIsLeftOutAndCounted() {
    var lines = GradientModesChart.of(rnn(MODES), 0);

    assertThat(lines.points(lines.lines().get(2))).isEmpty();
    assertThat(lines.zeros()).isEqualTo(4);
  }

  @Test
  void aStackWithoutAVanillaRnnHidesTheChart() {
    var chart = new GradientModesChart("gradient-modes");

    chart.show(KnownProbes.old(4, Cell.LSTM));

    assertThat(chart.isVisible()).isFalse();
  }

  @Test
  void anRnnProbeSavedBeforeTheModesWereMeasuredSaysSo() {
    var chart = new GradientModesChart("gradient-modes");

    chart.show(KnownProbes.old(4, Cell.RNN));

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.note.getText()).contains("Not measured in this run");
  }

  @Test
  void
      aTanhRnnWhoseDerivationsWereMeasuredSaysTheModesAreForALinearRnnNotThatTheyWereNotMeasured() {
    var chart = new GradientModesChart("gradient-modes");
    var tanh =
        KnownProbes.probe(
            4, new Cell[] {Cell.RNN}, new double[][] {{0, 1, 1, 1}}, null, null, null, null);

    chart.show(tanh);

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.note.getText()).contains("linear RNN only").doesNotContain("Not measured");
  }
}
