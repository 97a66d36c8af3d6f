package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.ui.live.KnownProbes.Cell;
import org.junit.jupiter.api.Test;

class DepthJacobianChartTest {

  private static final double[] GAIN = {Double.NaN, 0.5, 0.8, 1.5};
  private static final double[] BOUND = {Double.NaN, 0.9, Double.NaN, 2.1};

  private static gradflow.engine.Probe fourLayers(double[] gain, double[] bound) {
    return KnownProbes.probe(
        1,
        new Cell[] {Cell.DENSE, Cell.DENSE, Cell.RNN, Cell.DENSE},
        null,
        null,
        null,
        gain,
        bound);
  }

  @Test
  void theGainsOfLayersTwoToTheTopAreDrawnByTheLayersNumber() {
    var lines = DepthJacobianChart.of(fourLayers(GAIN, BOUND));

    assertThat(lines.x()).containsExactly(2, 3, 4);
    assertThat(lines.lines().get(0).y()).containsExactly(0.5, 0.8, 1.5);
    assertThat(lines.lines().get(1).y()).containsExactly(0.9, Double.NaN, 2.1);
    assertThat(lines.lines().get(2).y()).containsExactly(1, 1, 1);
    assertThat(lines.lines().get(2).kind()).isEqualTo(LogLines.Kind.REFERENCE);
  }

  @Test
  void aLayerWithoutABoundIsLeftOutOfTheBoundLineWithoutCallingTheRunDiverged() {
    var lines = DepthJacobianChart.of(fourLayers(GAIN, BOUND));

    assertThat(lines.points(lines.lines().get(1)))
        .extracting(LabelledPoint::x)
        .containsExactly(2.0, 4.0);
    assertThat(lines.nonFinite()).isZero();
    assertThat(lines.fullNote()).contains("no such simple bound").doesNotContain("diverged");
  }

  @Test
  void theTableHasALayerPerRowAndLeavesTheLineOfOneOut() {
    var table = DepthJacobianChart.of(fourLayers(GAIN, BOUND)).table();

    assertThat(table.headers()).hasSize(3);
    assertThat(table.rows())
        .containsExactly(
            java.util.List.of("2", Numbers.format(0.5), Numbers.format(0.9)),
            java.util.List.of("3", Numbers.format(0.8), "NaN"),
            java.util.List.of("4", Numbers.format(1.5), Numbers.format(2.1)));
  }

  @Test
  void theSummaryMultipliesTheGains() {
    var lines = DepthJacobianChart.of(fourLayers(GAIN, BOUND));

    assertThat(lines.summary()).contains("layers 2 to 4").contains(Numbers.format(0.5 * 0.8 * 1.5));
  }

  @Test
  void aSingleLayerHidesTheChart() {
    var chart = new DepthJacobianChart("depth-jacobian");

    chart.show(
        KnownProbes.probe(
            3,
            new Cell[] {Cell.RNN},
            null,
            null,
            null,
            new double[] {Double.NaN},
            new double[] {Double.NaN}));

    assertThat(chart.isVisible()).isFalse();
  }

  @Test
  void aDeepStackWhoseProbeLacksTheGainsSaysTheyWereNotMeasured() {
    var chart = new DepthJacobianChart("depth-jacobian");

    chart.show(KnownProbes.old(1, Cell.DENSE, Cell.DENSE));

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.note.getText()).contains("Not measured in this run");
  }

  @Test
  void theLayerAxisLabelsWholeLayersOnlyEvenForATwoLayerStacksOneGain() throws Exception {
    var lines = DepthJacobianChart.of(fourLayers(GAIN, BOUND)).lines();
    var config =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(LogLinesChart.config(DepthJacobianChart.WORDS, lines).toJson());

    assertThat(
            config
                .path("options")
                .path("scales")
                .path("x")
                .path("ticks")
                .path("precision")
                .asInt(-1))
        .isZero();
  }
}
