package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.ui.live.KnownProbes.Cell;
import org.junit.jupiter.api.Test;

class StepWeightGradChartTest {

  private static final double[] RNN_SHARES = {0, 1e-6, 1e-3, 0.5};
  private static final double[] LSTM_SHARES = {0, 0.1, 0.2, 0.4};

  private static gradflow.engine.Probe rnnDenseLstm() {
    return KnownProbes.probe(
        4,
        new Cell[] {Cell.RNN, Cell.DENSE, Cell.LSTM},
        new double[][] {RNN_SHARES, null, LSTM_SHARES},
        null,
        null,
        null,
        null);
  }

  @Test
  void everyRecurrentLayerGetsALineOfItsStepsSharesByDistanceToTheLastStep() {
    var lines = StepWeightGradChart.of(rnnDenseLstm());

    assertThat(lines.lines())
        .extracting(LogLines.Line::label)
        .containsExactly("layer 1 (RNN)", "layer 3 (LSTM)");
    assertThat(lines.xHeader()).isEqualTo("ℓ");
    assertThat(lines.lines().get(0).y()).containsExactly(0.5, 1e-3, 1e-6, 0);
    assertThat(lines.lines().get(1).y()).containsExactly(0.4, 0.2, 0.1, 0);
    assertThat(lines.lines().get(0).style()).isNotEqualTo(lines.lines().get(1).style());
  }

  @Test
  void theFirstStepsZeroShareIsLeftOutCountedAndExplained() {
    var lines = StepWeightGradChart.of(rnnDenseLstm());

    assertThat(lines.points(lines.lines().get(0)))
        .extracting(LabelledPoint::x)
        .containsExactly(0.0, 1.0, 2.0);
    assertThat(lines.zeros()).isEqualTo(2);
    assertThat(lines.fullNote()).contains("The first step t = 0 adds nothing");
  }

  @Test
  void theSummaryComparesTheLastStepWithTheFarthestStepThatShares() {
    var lines = StepWeightGradChart.of(rnnDenseLstm());

    assertThat(lines.summary())
        .contains("layer 1 (RNN): " + Numbers.format(0.5) + " at the last step, ")
        .contains(Numbers.format(1e-6) + " at ℓ = 2");
  }

  @Test
  void aStackWithoutAnyRecurrentLayerHidesTheChart() {
    var chart = new StepWeightGradChart("step-weight-grad");

    chart.show(KnownProbes.old(4, Cell.DENSE, Cell.DENSE));

    assertThat(chart.isVisible()).isFalse();
  }

  @Test
  void aRecurrentStackWhoseProbeLacksTheSharesSaysTheyWereNotMeasured() {
    var chart = new StepWeightGradChart("step-weight-grad");

    chart.show(KnownProbes.old(4, Cell.RNN));

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.note.getText()).contains("Not measured in this run");
  }

  @Test
  void aMeasuredStackIsDrawnWithoutALayerPicker() {
    var chart = new StepWeightGradChart("step-weight-grad");

    chart.show(rnnDenseLstm());

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.chart.isVisible()).isTrue();
    assertThat(chart.layerPicker().isVisible()).isFalse();
    assertThat(chart.numbers.content().rows()).hasSize(4);
  }
}
