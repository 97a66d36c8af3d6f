package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import org.junit.jupiter.api.Test;

class CompareIT extends BrowserTest {

  @Test
  void identicalStacksOnBothSidesSeeIdenticalBatchesAndEndEqual() {
    PlaygroundPage.open(page(), baseUrl());
    var compare = ComparePage.fromHeader(page());
    assertThat(compare.url()).contains("/compare?a=");

    compare.type("a", "training-steps", "60").duplicateAToB();
    ScreenshotOnFailure.save(page(), "compare-duplicated");
    compare.trainBoth();

    assertThat(compare.firstLoss("b")).isEqualTo(compare.firstLoss("a"));
    compare.awaitStatus("a", "finished").awaitStatus("b", "finished");
    assertThat(compare.lossDifference()).contains("B − A ≈ 0: they are equal");
    assertThat(compare.stepLine()).isEqualTo("Both at step 60.");
    compare.lossChart().awaitPoints(1, 2);
    ScreenshotOnFailure.save(page(), "compare-identical-finished");
    assertNoConsoleErrors();
  }

  @Test
  void theRnnVersusLstmLessonOpensInCompareModeAndBothHeatmapsShareOneColourRange() {
    var compare = ComparePage.open(page(), baseUrl(), "lstm-vs-rnn");

    assertThat(compare.summary("a")).startsWith("1 × rnn 32");
    assertThat(compare.summary("b")).startsWith("1 × lstm 32");
    assertThat(compare.explanation()).contains("A is a vanilla tanh RNN");
    compare.trainBoth();
    var a = compare.heatmap("a");
    var b = compare.heatmap("b");
    a.awaitUpdateCountAbove(1);
    b.awaitUpdateCountAbove(1);
    compare.awaitStatus("a", "running");

    var range = compare.awaitSharedColourRange();
    assertThat(range.get(1).doubleValue()).isGreaterThan(range.get(0).doubleValue());
    // Read at one instant by the page object: both charts hold the server's shared range. Read
    // again later, the range may have moved on with training, on both.
    assertThat(range).hasSize(2);
    assertThat(a.points(0)).isNotEmpty();
    ScreenshotOnFailure.save(page(), "compare-lstm-vs-rnn-training");
    compare.resetBoth();
    assertNoConsoleErrors();
  }

  @Test
  void aComparisonLessonChosenOnThePlaygroundOpensInCompareMode() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("6. 30 layers: plain, residual, highway, dense");
    ScreenshotOnFailure.save(page(), "playground-comparison-link");
    page().locator("#open-comparison a").click();
    page().locator("#compare").waitFor();
    var compare = ComparePage.fromCurrent(page());

    assertThat(compare.url()).contains("/compare?").contains("lesson=deep-skips").contains("a=");
    assertThat(compare.summary("a")).contains("30 × feed-forward 16 tanh · plain");
    assertThat(compare.summary("b")).contains("30 × feed-forward 16 tanh · residual");
    ScreenshotOnFailure.save(page(), "compare-deep-skips");
    assertNoConsoleErrors();
  }

  @Test
  void aRunThatDivergesOnOneSideLeavesTheOtherTrainingAndTheLossDifferenceSaysSo() {
    var compare = ComparePage.open(page(), baseUrl(), "exploding-clipping");
    compare.trainBoth().awaitStatus("a", "diverged").awaitStatus("b", "finished");

    assertThat(compare.lossDifference()).isEqualTo("Final loss: A has none (diverged).");
    assertThat(compare.stepLine()).isEqualTo("A ended at step 207, B at step 300.");
    assertThat(page().locator("#loss-off-top").innerText())
        .startsWith("A's loss reached")
        .endsWith("are drawn along the top edge.");
    ScreenshotOnFailure.save(page(), "compare-clipping-finished");
    assertNoConsoleErrors();
  }

  @Test
  void pauseAndOneStepActOnBothSides() {
    var compare = ComparePage.open(page(), baseUrl(), "forget-gate");
    compare.trainBoth().awaitStatus("a", "running");

    compare.pauseBoth();
    int a = compare.step("a");
    int b = compare.step("b");
    compare.stepBoth();
    compare.awaitStep("a", a + 1).awaitStep("b", b + 1);
    page().waitForTimeout(500);

    assertThat(compare.step("a")).isEqualTo(a + 1);
    assertThat(compare.step("b")).isEqualTo(b + 1);

    assertThat(compare.pauseLabel()).isEqualTo("Resume both");
    ScreenshotOnFailure.save(page(), "compare-paused-one-step");
    compare.resetBoth();
    assertNoConsoleErrors();
  }

  @Test
  void compareModeTrainingWithAnOpenFormHasNoSeriousAccessibilityViolations() {
    var compare = ComparePage.open(page(), baseUrl(), "forget-gate");
    compare.type("b", "training-steps", "3000").trainBoth();
    compare.heatmap("a").awaitUpdateCountAbove(0);
    compare.heatmap("b").awaitUpdateCountAbove(0);
    compare.pauseBoth();

    var violations =
        new AxeBuilder(page())
            .withTags(AccessibilityIT.WCAG_AA).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .limit(3)
                                .map(n -> n.getTarget().toString())
                                .toList())
                .toList();

    ScreenshotOnFailure.save(page(), "compare-forget-gate-paused-edit-b");
    assertThat(violations).isEmpty();
    compare.resetBoth();
    assertNoConsoleErrors();
  }
}
