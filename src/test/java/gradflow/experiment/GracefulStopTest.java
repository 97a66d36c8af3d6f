package gradflow.experiment;

import static gradflow.experiment.RunFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What SIGTERM does to the runs: {@link RunScheduler#stopAll}, with real workers and runs. */
@ExtendWith(OutputCaptureExtension.class)
class GracefulStopTest {
  private static final String WHY = "the server is shutting down";

  private static final ExperimentSpec LONG = RunSchedulerTest.LONG;

  /** One step of this takes far longer than the grace the test gives. */
  private static final ExperimentSpec GIANT_STEP =
      Fixtures.SPECS
          .read(
              """
              {"task": {"kind": "adding", "length": 1000},
               "layers": [{"cell": "rnn", "hidden": 256}],
               "training": {"batchSize": 64, "steps": 2}, "probeEvery": 1}
              """)
          .orElseThrow();

  private final RunScheduler scheduler =
      new RunScheduler(Fixtures.SPECS, RunSettings.DEFAULTS.withPlaces(1, 2, 4, 10));

  @AfterEach
  void close() {
    scheduler.close();
  }

  @Test
  void runsEndAsStoppedAfterPublishingWhereTheyGotToAndNewRunsAreRefused() {
    Run running = scheduler.submit(LONG, "a");
    Run paused = scheduler.submit(LONG, "b");
    Run queued = scheduler.submit(LONG, "c");
    await(
        "both active runs train",
        () -> running.snapshot().step() > 5 && paused.snapshot().step() > 5);
    paused.pause();
    await("the paused run parks", () -> scheduler.isParked(paused));

    int ended = scheduler.stopAll(WHY, Duration.ofSeconds(10));

    assertThat(ended).isEqualTo(3);
    for (Run run : new Run[] {running, paused}) {
      RunSnapshot s = run.snapshot();
      assertThat(s.status()).isEqualTo(RunStatus.STOPPED);
      assertThat(s.message()).isEqualTo("stopped at step " + s.step() + ": " + WHY);
      // The last probe shows the network where it stopped, not where the last probe step was.
      assertThat(s.latestProbe().step()).isEqualTo(s.step());
    }
    assertThat(queued.snapshot().status()).isEqualTo(RunStatus.STOPPED);
    assertThat(queued.snapshot().message()).isEqualTo("stopped before it started: " + WHY);
    assertThatThrownBy(() -> scheduler.submit(LONG, "d"))
        .isInstanceOf(BusyException.class)
        .hasMessageContaining("shutting down");
  }

  @Test
  void aStepLongerThanTheGraceIsInterruptedSoThatShutdownEndsInTime() {
    Run giant = scheduler.submit(GIANT_STEP, "a");
    // Its network exists (building it is not interruptible), so its first step is under way.
    await("its first step is under way", giant::holdsNetwork);

    long start = System.nanoTime();
    scheduler.stopAll(WHY, Duration.ofMillis(50));
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(giant.snapshot().status()).isEqualTo(RunStatus.STOPPED);
    assertThat(giant.snapshot().message()).startsWith("stopped at step 0: " + WHY);
    // The contract of a shutdown, not a speed target: well within the 30 s before a SIGKILL.
    assertThat(seconds).isLessThan(30);
  }

  @Test
  void eachRunEventIsOneLogLineNamingTheRun(CapturedOutput log) {
    Run run = scheduler.submit(RunFixtures.tiny(3, 1), "a");
    await("it finishes", () -> run.status().isFinal());

    assertThat(log.getOut().lines().filter(l -> l.contains("run " + run.id())))
        .anySatisfy(l -> assertThat(l).contains("run " + run.id() + " submitted: 1 layers"))
        .anySatisfy(l -> assertThat(l).contains("run " + run.id() + " started"))
        .anySatisfy(l -> assertThat(l).contains("run " + run.id() + " finished after 3 steps"));
  }

  @Test
  void aContextStoppedAndStartedAgainTrainsAgain() {
    // Spring pauses an unused test context by stopping its lifecycle beans, and starts them again.
    var shutdown = new RunShutdown(scheduler, Duration.ofSeconds(5), Duration.ZERO);
    shutdown.start();
    Run before = scheduler.submit(LONG, "a");
    shutdown.stop();
    assertThat(before.status()).isEqualTo(RunStatus.STOPPED);

    shutdown.start();

    Run after = scheduler.submit(LONG, "a");
    await("it trains", () -> after.snapshot().step() > 0);
    assertThat(shutdown.isRunning()).isTrue();
  }
}
