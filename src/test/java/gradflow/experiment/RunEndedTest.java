package gradflow.experiment;

import static gradflow.experiment.RunFixtures.runToEnd;
import static gradflow.experiment.RunFixtures.settings;
import static gradflow.experiment.RunFixtures.standalone;
import static gradflow.experiment.RunFixtures.tiny;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whoever must act on a run's end (a class recording its runs) hears of it without polling. */
class RunEndedTest {
  private static final RunSettings SETTINGS = settings(10, 1000, 200);

  @Test
  void aFinishedRunCompletesItsEndWithItselfInItsFinalStatus() throws Exception {
    Run run = standalone(tiny(5, 1), SETTINGS);
    var heard = run.ended().toCompletableFuture();
    assertThat(heard).isNotDone();

    runToEnd(run);

    assertThat(heard.get(10, TimeUnit.SECONDS)).isSameAs(run);
    assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
  }

  @Test
  void aCancelledRunEndsToo() throws Exception {
    Run run = standalone(tiny(50, 1), SETTINGS);
    run.slice(2, Long.MAX_VALUE);

    run.cancelNow(null);

    assertThat(run.ended().toCompletableFuture().get(10, TimeUnit.SECONDS).status())
        .isEqualTo(RunStatus.CANCELLED);
  }

  @Test
  void theEndIsHeardOnAnotherThreadThanTheWorkersAndNotUnderTheRunsLock() throws Exception {
    Run run = standalone(tiny(3, 1), SETTINGS);
    var where = new CompletableFuture<String>();
    run.ended()
        .thenAccept(
            r ->
                where.complete(
                    Thread.currentThread().getName()
                        + (Thread.holdsLock(r.state()) ? " holding the lock" : "")));

    runToEnd(run);

    assertThat(where.get(10, TimeUnit.SECONDS))
        .isNotEqualTo(Thread.currentThread().getName())
        .doesNotContain("holding the lock");
  }

  @Test
  void anActionAttachedAfterTheEndRunsAtOnce() {
    Run run = runToEnd(standalone(tiny(2, 1), SETTINGS));
    await(run);

    var ran = new boolean[1];
    run.ended().thenAccept(r -> ran[0] = true);

    assertThat(ran[0]).isTrue();
  }

  private static void await(Run run) {
    RunFixtures.await("the end is heard", () -> run.ended().toCompletableFuture().isDone());
  }
}
