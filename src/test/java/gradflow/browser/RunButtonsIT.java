package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run's buttons say what they do, and do it from every state. */
class RunButtonsIT extends BrowserTest {

  @Test
  void trainSaysRestartOnceARunIsGoingOrEndedAndTrainAgainAfterReset() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().type("#training-steps", "3000");
    var run = playground.run();
    assertThat(run.trainLabel()).isEqualTo("Train");

    run.train();

    page().waitForCondition(() -> run.trainLabel().equals("Restart"));
    String first = run.runId();
    run.restart();
    assertThat(run.runId()).as("Restart starts a new run").isNotEqualTo(first);
    assertThat(run.trainLabel()).isEqualTo("Restart");

    run.reset();

    assertThat(run.trainLabel()).isEqualTo("Train");
    assertNoConsoleErrors();
  }

  @Test
  void oneStepFromReadyStartsAPausedRunAndTakesOneStep() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    var run = playground.run();
    assertThat(run.canStep()).as("One step works before any run").isTrue();

    run.stepOnce();

    page().locator("#run-panel[data-run-id]").waitFor();
    page().waitForCondition(() -> run.status().equals("Paused at step 1."));
    run.stepOnce();
    page().waitForCondition(() -> run.status().equals("Paused at step 2."));
    assertThat(run.trainLabel()).isEqualTo("Restart");
    ScreenshotOnFailure.save(page(), "run-one-step-from-ready");
    assertNoConsoleErrors();
  }

  @Test
  void resetTakesTheOldRunsChartsOffTheScreen() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().type("#training-steps", "200");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);
    assertThat(run.chartsShown()).isTrue();

    run.reset();

    assertThat(run.chartsShown()).as("old charts gone").isFalse();
    assertThat(run.previewShown()).as("the page as before any run").isTrue();
    assertThat(run.status()).startsWith("Ready");

    run.train();
    run.heatmap().awaitUpdateCountAbove(0);
    assertThat(run.chartsShown()).isTrue();
    assertNoConsoleErrors();
  }

  @Test
  void compareModeSaysRestartBothAndStepsEachSideFromReady() {
    var compare = ComparePage.open(page(), baseUrl(), "lstm-vs-rnn");
    assertThat(compare.trainLabel()).isEqualTo("Train both");

    compare.stepBoth();

    compare.awaitStep("a", 1).awaitStep("b", 1);
    assertThat(compare.step("a")).isEqualTo(1);
    assertThat(compare.step("b")).isEqualTo(1);
    assertThat(compare.trainLabel()).isEqualTo("Restart both");
    assertThat(compare.pauseLabel()).isEqualTo("Resume both");

    compare.resetBoth();

    assertThat(compare.trainLabel()).isEqualTo("Train both");
    assertNoConsoleErrors();
  }
}
