package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.CellTerms;
import gradflow.ui.live.KnownProbes.Cell;
import org.junit.jupiter.api.Test;

class CellTermsChartTest {

  private static final double[] A = {0, 1e-3, 2e-3};
  private static final double[] B = {0, 0.5, 0.9};
  private static final double[] C = {0, 1e-4, 3e-4};
  private static final double[] D = {0, 2e-4, 5e-4};
  private static final double[] ALL = {0.4, 0.8, 1};
  private static final double[] ONLY_B = {0.45, 0.9, 1};

  private static CellTerms terms(double[] a) {
    return new CellTerms(a, B, C, D, ALL, ONLY_B);
  }

  private static gradflow.engine.Probe lstm(CellTerms... terms) {
    var cells = new Cell[terms.length];
    java.util.Arrays.fill(cells, Cell.LSTM);
    return KnownProbes.probe(3, cells, null, terms, null, null, null);
  }

  @Test
  void theFourTermsAndTheCellGradientAreTheNumbersTheProbeMeasured() {
    var probe = lstm(terms(A));

    var lines = CellTermsChart.of(probe, 0);

    assertThat(lines.lines())
        .extracting(LogLines.Line::label)
        .containsExactly(
            "A_t through the forget gate f_t",
            "B_t = diag(f_t), direct",
            "C_t through the input gate i_t",
            "D_t through the candidate g_t",
            "‖δc_t‖");
    assertThat(lines.lines().get(0).y()).containsExactly(A);
    assertThat(lines.lines().get(1).y()).containsExactly(B);
    assertThat(lines.lines().get(2).y()).containsExactly(C);
    assertThat(lines.lines().get(3).y()).containsExactly(D);
    assertThat(lines.lines().get(4).y()).containsExactly(probe.cellGrad()[0]);
    assertThat(lines.x()).containsExactly(0, 1, 2);
  }

  @Test
  void theZerosAtTheFirstStepAreLeftOutOfTheLogAxisAndTheNoteSaysWhy() {
    var lines = CellTermsChart.of(lstm(terms(A)), 0);

    var b = lines.points(lines.lines().get(1));
    assertThat(b).extracting(LabelledPoint::x).containsExactly(1.0, 2.0);
    assertThat(b).extracting(LabelledPoint::y).containsExactly(0.5, 0.9);
    assertThat(lines.zeros()).isEqualTo(4);
    assertThat(lines.fullNote())
        .contains("values of exactly 0, 4 in all")
        .contains("At t = 0 every term is 0")
        .doesNotContain("no forget gate");
  }

  @Test
  void theTermThroughTheForgetGateOfThe1997CellIsLeftOutAndTheNoteSaysItHasNone() {
    var lines = CellTermsChart.of(lstm(terms(new double[] {0, 0, 0})), 0);

    assertThat(lines.points(lines.lines().get(0))).isEmpty();
    assertThat(lines.zeros()).isEqualTo(6);
    assertThat(lines.fullNote()).contains("this LSTM has no forget gate (the 1997 cell)");
  }

  @Test
  void aNaNTermIsLeftOutAndCountedAsTheRunHavingDiverged() {
    var lines = CellTermsChart.of(lstm(terms(new double[] {0, Double.NaN, 2e-3})), 0);

    assertThat(lines.points(lines.lines().get(0)))
        .extracting(LabelledPoint::y)
        .containsExactly(2e-3);
    assertThat(lines.nonFinite()).isEqualTo(1);
    assertThat(lines.fullNote()).contains("NaN or infinite values (the run diverged), 1 in all");
  }

  @Test
  void theTableHoldsEveryStepWithTheZerosWrittenOut() {
    var table = CellTermsChart.of(lstm(terms(A)), 0).table();

    assertThat(table.headers())
        .containsExactly("t", "‖δc_t A_t‖", "‖δc_t B_t‖", "‖δc_t C_t‖", "‖δc_t D_t‖", "‖δc_t‖");
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(0)).containsExactly("0", "0", "0", "0", "0", Numbers.format(1));
    assertThat(table.rows().get(2).get(2)).isEqualTo(Numbers.format(0.9));
  }

  @Test
  void theRunningProductsAreTheNumbersTheProbeMeasured() {
    var lines = CellProductsChart.of(lstm(terms(A)), 0);

    assertThat(lines.lines()).hasSize(2);
    assertThat(lines.lines().get(0).y()).containsExactly(ALL);
    assertThat(lines.lines().get(1).y()).containsExactly(ONLY_B);
    assertThat(lines.zeros()).isZero();
    assertThat(lines.summary()).contains(Numbers.format(0.4)).contains(Numbers.format(0.45));
  }

  @Test
  void aStackOfSeveralLstmLayersOffersEachOfThemToPick() {
    var chart = new CellTermsChart("cell-terms");

    chart.show(lstm(terms(A), terms(A)));

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.layerPicker().isVisible()).isTrue();
    assertThat(chart.layerPicker().getValue()).isZero();
  }

  @Test
  void termsCarriedFromAnEarlierProbeAreDrawnAndTheNoteSaysFromWhichStep() {
    var measured = lstm(terms(A));
    var p = measured;
    var carried = KnownProbes.later(p, p.step() + 10, null, p.step());
    var chart = new CellTermsChart("cell-terms");

    chart.show(measured);
    assertThat(chart.note.getText()).doesNotContain("Measured at step");
    chart.show(carried);

    assertThat(chart.chart.isVisible()).isTrue();
    assertThat(chart.note.getText())
        .startsWith(
            "Measured at step " + p.step() + " (this probe is step " + (p.step() + 10) + ")");
  }

  @Test
  void aProbeSavedBeforeTheTermsWereMeasuredSaysSoInsteadOfDrawingNothing() {
    var chart = new CellTermsChart("cell-terms");

    chart.show(KnownProbes.old(3, Cell.LSTM));

    assertThat(chart.isVisible()).isTrue();
    assertThat(chart.chart.isVisible()).isFalse();
    assertThat(chart.note.getText()).contains("Not measured in this run");
  }

  @Test
  void aStackWithoutAnLstmHidesBothLstmCharts() {
    var terms = new CellTermsChart("cell-terms");
    var products = new CellProductsChart("cell-products");

    terms.show(KnownProbes.old(3, Cell.RNN));
    products.show(KnownProbes.old(3, Cell.RNN));

    assertThat(terms.isVisible()).isFalse();
    assertThat(products.isVisible()).isFalse();
  }
}
