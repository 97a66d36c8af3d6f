package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pictures the lessons end on, in a real browser: each shows what its lesson's text says, at
 * the moment a student looks (the claims behind them are checked numerically in LessonClaimsTest).
 */
class LessonPicturesIT extends BrowserTest {

  private static final Locator.WaitForOptions LONG =
      new Locator.WaitForOptions().setTimeout(90_000);

  @Test
  void theExplodingLessonKeepsShowingStepZerosExplosionAfterTheRunHasDiverged() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("3. Exploding gradients");
    var view = new HeatmapViewControls(page(), "heatmap-view");

    playground.run().train();
    page().locator("#run-status[data-status='diverged']").waitFor(LONG);

    assertThat(view.chosen()).isEqualTo("Step 0 (before training)");
    view.awaitCaption("gradient-heatmap", "Step 0, before any update");
    // Going back in time the gradient grows: the first step is brighter than the last.
    List<Number> row = HeatmapViewControls.row(page(), "gradient-heatmap", 0);
    assertThat(row.getFirst().doubleValue()).isGreaterThan(row.getLast().doubleValue() + 2);
    assertThat(page().locator("#loss-chart-off-top").innerText()).contains("drawn on the top edge");
    assertThat(page().locator("gradflow-chart#spectral-radius + p").innerText())
        .contains("drawn on the top edge");

    view.choose("Largest gradient").awaitCaption("gradient-heatmap", "the largest gradient");
    assertThat(view.caption("gradient-heatmap")).contains("global norm");
    ScreenshotOnFailure.save(page(), "lesson-3-diverged-step-0");
    assertNoConsoleErrors();
  }

  @Test
  void atSpectralRadiusOneEveryCellHasTheMiddleColourAndTheValueIsSaidInWords() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("2. Eigenvalues decide").type("#init-spectral-radius", "1");

    playground.run().train().awaitStatus("finished");

    var view = new HeatmapViewControls(page(), "heatmap-view");
    view.awaitCaption("gradient-heatmap", "Every cell holds the same value");
    var heatmap = playground.run().heatmap();
    var range = heatmap.colourRange();
    double value = HeatmapViewControls.row(page(), "gradient-heatmap", 0).getFirst().doubleValue();
    double fraction =
        (value - range.get(0).doubleValue())
            / (range.get(1).doubleValue() - range.get(0).doubleValue());
    assertThat(fraction).isBetween(0.3, 0.7);
    // A log axis narrower than a decade still gets numbers on it.
    assertThat(HeatmapViewControls.tickLabels(page(), "decay-profile", "y")).hasSizeGreaterThan(1);
    ScreenshotOnFailure.save(page(), "lesson-2-rho-one");
  }

  @Test
  void theFirstLessonsPredictionLineIsNamedForTheLinearRnnItDescribes() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("1. A tanh RNN forgets");
    assertThat(playground.builder().lessonExplanation()).contains("linear RNN");

    playground.run().train().awaitStatus("finished");

    var labels =
        page()
            .locator("gradflow-chart#decay-profile")
            .evaluate("el => el.chart.data.datasets.map(d => d.label)");
    assertThat(labels.toString()).contains("linear RNN prediction ρ^ℓ");
  }

  @Test
  void theIndRnnLessonsEigenvaluesAreTheEntriesOfUOnTheRealAxisInsideTheUnitCircle() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("8. IndRNN");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);
    var eigen = new ChartElement(page().locator("gradflow-chart#eigenvalues")).awaitCreated();
    eigen.awaitPoints(0, 32);

    var label =
        (String)
            page()
                .locator("gradflow-chart#eigenvalues")
                .evaluate("el => el.chart.data.datasets[0].label");
    assertThat(label).contains("u (one recurrent weight per unit)");
    assertThat(eigen.points(0))
        .allSatisfy(
            p -> {
              assertThat(((Number) p.get("y")).doubleValue()).isZero();
              assertThat(Math.abs(((Number) p.get("x")).doubleValue())).isLessThanOrEqualTo(1.5);
            });
    // Each layer card of the lesson offers its cell's math: the equation with u, and the paper.
    var math = playground.builder().cellMath(0).open();
    assertThat(math.brokenFormulaCount()).isZero();
    assertThat(math.mathMl()).contains("u");
    assertThat(math.papers()).contains("Independently recurrent");
    ScreenshotOnFailure.save(page(), "lesson-8-indrnn");
    run.reset();
    assertNoConsoleErrors();
  }

  @Test
  void theStackedLstmsSixteenMatricesAreDrawnOneAtATimeAndTheStudentPicksWhich() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("7. A stacked LSTM");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);
    var eigen = new ChartElement(page().locator("gradflow-chart#eigenvalues")).awaitCreated();
    eigen.awaitPoints(0, 1);

    int datasets =
        ((Number)
                page()
                    .locator("gradflow-chart#eigenvalues")
                    .evaluate("el => el.chart.data.datasets.length"))
            .intValue();
    assertThat(datasets).as("one matrix and the unit circle").isEqualTo(2);
    var chooser = page().locator("#eigenvalues-matrix");
    assertThat(chooser.isVisible()).isTrue();
    chooser.click();
    page()
        .locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText("layer 3 W_h,f"))
        .click();
    page()
        .waitForFunction(
            "() => document.querySelector('gradflow-chart#eigenvalues').chart.data.datasets[0].label.includes('layer 3 W_h,f')");
    run.reset();
    assertNoConsoleErrors();
  }

  @Test
  void theDepthComparisonShowsStepZeroWhereResidualLayerOneOutshinesThePlainOne() {
    var compare = ComparePage.open(page(), baseUrl(), "deep-skips");
    var view = new HeatmapViewControls(page(), "compare-view");
    assertThat(view.chosen()).isEqualTo("Step 0 (before training)");

    compare.trainBoth();
    view.awaitCaption("heatmap-a", "Step 0").awaitCaption("heatmap-b", "Step 0");

    double plainFirst = HeatmapViewControls.row(page(), "heatmap-a", 0).getFirst().doubleValue();
    double plainLast = HeatmapViewControls.row(page(), "heatmap-a", 29).getFirst().doubleValue();
    double residualFirst = HeatmapViewControls.row(page(), "heatmap-b", 0).getFirst().doubleValue();
    double residualLast = HeatmapViewControls.row(page(), "heatmap-b", 29).getFirst().doubleValue();
    assertThat(plainFirst).isLessThan(plainLast);
    assertThat(residualFirst).isGreaterThan(residualLast + 1);
    assertThat(residualFirst).isGreaterThan(plainFirst + 2);
    ScreenshotOnFailure.save(page(), "compare-deep-skips-step-0");
    compare.resetBoth();
  }

  @Test
  void theForgetGateComparisonShowsEachSidesFourTermsAndTheShutGatesPathsAboveItsForgetProduct() {
    var compare = ComparePage.open(page(), baseUrl(), "forget-is-b");
    assertThat(compare.explanation()).contains("∏B").contains("Timeline");
    compare.trainBoth();
    compare.awaitStatus("a", "finished");
    compare.awaitStatus("b", "finished");

    for (String side : List.of("a", "b")) {
      var terms =
          new ChartElement(page().locator("gradflow-chart#cell-terms-" + side)).awaitCreated();
      terms.awaitPoints(4, 100);
      assertThat(terms.datasetCount()).as("A, B, C, D and ‖δc_t‖ on side %s", side).isEqualTo(5);
      assertThat(page().locator("#cell-products-" + side).isVisible()).isTrue();
    }
    // A's gate is shut: its cell gradient lies far above ∏ f_s, and the sentence says why.
    assertThat(page().locator("#side-a gradflow-chart#decay-profile-a + p").innerText())
        .contains("far above");
    assertThat(page().locator("#side-b gradflow-chart#decay-profile-b + p").innerText())
        .contains("on purpose");
    ScreenshotOnFailure.save(page(), "lesson-9-compare");
    assertNoConsoleErrors();
  }
}
