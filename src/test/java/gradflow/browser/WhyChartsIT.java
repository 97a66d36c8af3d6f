package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhyChartsIT extends BrowserTest {

  @Test
  void onTheEigenvalueLessonTheMeasuredDecayLiesOnThePredictedRhoToTheDistanceLine() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("2. Eigenvalues decide: ρ = 0.8, 1.0, 1.2");
    var run = playground.run().train().awaitStatus("finished");
    var decay = new ChartElement(page().locator("gradflow-chart#decay-profile")).awaitCreated();
    decay.awaitPoints(0, 50);

    List<Map<String, Object>> measured = decay.points(0);
    List<Map<String, Object>> predicted = decay.points(1);

    assertThat(measured).hasSize(50);
    assertThat(predicted).hasSameSizeAs(measured);
    double first = y(measured.getFirst());
    for (int l = 0; l < measured.size(); l++) {
      double m = y(measured.get(l));
      assertThat(y(predicted.get(l))).isCloseTo(m, within(1e-9 * m));
      // Identity activation and an orthogonal W_h scaled to 0.8: exactly 0.8^ℓ of the first.
      assertThat(m).isCloseTo(first * Math.pow(0.8, l), within(1e-9 * m));
    }
    ScreenshotOnFailure.save(page(), "why-eigenvalue-lesson");
    assertThat(run.status()).startsWith("Finished");
    assertNoConsoleErrors();
  }

  @Test
  void theEigenvaluesOfAnOrthogonalMatrixScaledToRhoAllLieOnTheCircleOfRadiusRho() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("2. Eigenvalues decide: ρ = 0.8, 1.0, 1.2");
    playground.run().train().awaitStatus("finished");
    var eigen = new ChartElement(page().locator("gradflow-chart#eigenvalues")).awaitCreated();
    eigen.awaitPoints(0, 32);

    for (var point : eigen.points(0)) {
      double re = ((Number) point.get("x")).doubleValue();
      double im = ((Number) point.get("y")).doubleValue();
      assertThat(Math.hypot(re, im)).isCloseTo(0.8, within(1e-9));
    }
  }

  @Test
  void
      afterAnLstmTrainsTheCellTermsChartDrawsItsFourTermsAndTheCellGradientWithoutTheZeroAtTZero() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("4. LSTM vs RNN on the adding problem (T = 100)");
    var run = playground.run().train();
    var terms = new ChartElement(page().locator("gradflow-chart#cell-terms")).awaitCreated();
    terms.awaitPoints(4, 100);
    if (page().locator("#pause").isEnabled()) {
      run.pause();
    }

    assertThat(terms.datasetCount()).isEqualTo(5);
    for (int term = 0; term < 4; term++) {
      // T = 100 steps, and at t = 0 every term is 0 (c_{−1} is no variable): a log axis leaves it.
      assertThat(terms.points(term)).as("term %d", term).hasSize(99);
    }
    assertThat(terms.points(4)).hasSize(100);
    assertThat(page().locator("#cell-products").isVisible()).isTrue();
    assertThat(page().locator("#step-weight-grad").isVisible()).isTrue();
    // An LSTM has no vanilla W_h whose eigen-modes could be drawn.
    assertThat(page().locator("#gradient-modes").isVisible()).isFalse();
    assertNoConsoleErrors();
  }

  private static double y(Map<String, Object> point) {
    return ((Number) point.get("y")).doubleValue();
  }
}
