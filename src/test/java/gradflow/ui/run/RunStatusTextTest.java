package gradflow.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.RunSnapshot;
import gradflow.experiment.RunStatus;
import gradflow.ui.i18n.I18n;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStatusTextTest {

  private static RunSnapshot run(
      RunStatus status, boolean paused, String message, int step, int queuePosition, double rate) {
    return new RunSnapshot(
        "id",
        null,
        status,
        paused,
        message,
        step,
        2000,
        queuePosition,
        rate,
        0.17,
        List.of(),
        null,
        null);
  }

  @Test
  void aQueuedRunSaysItsPlaceInTheQueue() {
    assertThat(RunStatusText.status(run(RunStatus.QUEUED, false, null, 0, 3, 0)))
        .isEqualTo("Queued at position 3: other runs go first.");
  }

  @Test
  void aDivergedRunSaysAtWhichStepAndThatTheLastGoodProbeIsShown() {
    var diverged = run(RunStatus.DIVERGED, false, "diverged at step 42: the loss is NaN", 42, 0, 0);

    assertThat(RunStatusText.status(diverged))
        .isEqualTo("Diverged at step 42. The last good probe is shown.");
  }

  @Test
  void aPausedRunSaysWhereItStands() {
    assertThat(RunStatusText.status(run(RunStatus.RUNNING, true, null, 120, 0, 0)))
        .isEqualTo("Paused at step 120.");
  }

  @Test
  void progressGivesTheStepTheRateAndWhatIsLeft() {
    assertThat(RunStatusText.progress(run(RunStatus.RUNNING, false, null, 1000, 0, 100)))
        .isEqualTo("step 1000 of 2000 · 100 steps/s · about 10 s left");
    assertThat(RunStatusText.fraction(run(RunStatus.RUNNING, false, null, 500, 0, 100)))
        .isEqualTo(0.25);
  }

  @Test
  void durationsReadNaturally() {
    assertThat(RunStatusText.duration(0.2)).isEqualTo("1 s");
    assertThat(RunStatusText.duration(600)).isEqualTo("10 min");
    assertThat(RunStatusText.duration(3 * 3600)).isEqualTo("3.0 h");
  }

  @Test
  void onAChinesePageTheStatusAndTheProgressAreInChinese() {
    assertThat(RunStatusText.status(run(RunStatus.QUEUED, false, null, 0, 3, 0), I18n.CHINESE))
        .isEqualTo("排队中，第 3 位：前面还有其他训练。");
    var diverged = run(RunStatus.DIVERGED, false, "diverged at step 42: the loss is NaN", 42, 0, 0);
    assertThat(RunStatusText.status(diverged, I18n.CHINESE))
        .isEqualTo("在第 42 步发散。下面显示的是最后一次有效的探测。");
    assertThat(
            RunStatusText.progress(run(RunStatus.RUNNING, false, null, 1000, 0, 100), I18n.CHINESE))
        .isEqualTo("第 1000 / 2000 步 · 每秒 100 步 · 约剩 10 秒");
  }
}
