package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplanationsIT extends BrowserTest {

  @Test
  void theFirstLessonsMathIsTypesetByKatexWhenTheStudentOpensIt() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();
    builder.loadLesson("1. A tanh RNN forgets");
    var math = builder.lessonMath();
    assertThat(math.summary()).isEqualTo("The math");
    assertThat(math.isOpen()).as("collapsed until asked").isFalse();

    math.open();

    assertThat(math.formulaCount()).isGreaterThan(3);
    assertThat(math.brokenFormulaCount()).isZero();
    assertThat(math.mathMl()).contains("W").contains("h").contains("tanh");
    assertThat(math.readableText()).contains("the left of the heatmap goes dark");
    assertThat(math.papers()).contains("Pascanu, Mikolov & Bengio (2013)");
    assertThat(math.drawnInKatexFonts()).as("KaTeX's CSS and fonts are bundled").isTrue();
    assertThat(math.mathMlVisuallyHidden()).isTrue();
    math.locator().scrollIntoViewIfNeeded();
    ScreenshotOnFailure.save(page(), "explanation-lesson-1-math");
    math.screenshot("explanation-lesson-1-math-panel");
    assertNoConsoleErrors();
  }

  @Test
  void anotherLessonReplacesTheMathInTheOpenPanel() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();
    builder.loadLesson("1. A tanh RNN forgets");
    builder.lessonMath().open();

    builder.loadLesson("6. 30 layers: plain, residual, highway, dense");
    page()
        .waitForFunction(
            "() => document.querySelector('#lesson-math gradflow-math').innerText.includes('Highway')");

    var math = builder.lessonMath();
    assertThat(math.isOpen()).isTrue();
    math.screenshot("explanation-lesson-6-math-panel");
    assertThat(math.brokenFormulaCount()).isZero();
    assertThat(math.papers()).contains("He, Zhang").contains("Huang").contains("Srivastava");
    assertNoConsoleErrors();
  }

  @Test
  void afterTrainingEachChartExplainsItselfWithTypesetMath() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("1. A tanh RNN forgets");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);

    var why = run.why("gradient-heatmap");
    assertThat(why.summary())
        .as("what a screen reader reads")
        .isEqualTo("Why? about the gradient heatmap");
    assertThat(why.isOpen()).isFalse();
    why.open();

    assertThat(why.formulaCount()).isGreaterThan(2);
    assertThat(why.brokenFormulaCount()).isZero();
    assertThat(why.mathMl()).contains("W").contains("h").contains("σ");
    why.locator().scrollIntoViewIfNeeded();
    ScreenshotOnFailure.save(page(), "explanation-why-gradient-heatmap");
    why.screenshot("explanation-why-gradient-heatmap-panel");

    for (String chart :
        new String[] {
          "forget-gate-heatmap",
          "gradient-history",
          "loss-chart",
          "weight-grad-chart",
          "decay-profile",
          "eigenvalues",
          "spectral-radius"
        }) {
      // A chart the stack has no use for (the forget gates of an RNN) is not on the page at all.
      if (page().locator("#why-" + chart).isVisible()) {
        var panel = run.why(chart);
        panel.open();
        assertThat(panel.brokenFormulaCount()).as(chart).isZero();
        assertThat(panel.formulaCount()).as(chart).isPositive();
        panel.screenshot("explanation-why-" + chart + "-panel");
      }
    }
    run.why("decay-profile").locator().scrollIntoViewIfNeeded();
    ScreenshotOnFailure.save(page(), "explanation-why-all-open");
    assertNoConsoleErrors();
  }
}
