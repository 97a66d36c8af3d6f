package gradflow.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.LayerSpec;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSettings;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.RunStatus;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunPresenterTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final RunScheduler scheduler = new RunScheduler(specs, RunSettings.DEFAULTS);
  private final RunPresenter page = new RunPresenter(scheduler, "page-1");

  @AfterEach
  void closeScheduler() {
    scheduler.close();
  }

  private ExperimentSpec spec(String json) {
    return specs.read(json).orElseThrow();
  }

  private ExperimentSpec rnn(int steps) {
    return spec(
        "{\"task\": {\"kind\": \"adding\", \"length\": 20}, \"layers\": [{\"cell\": \"rnn\","
            + " \"hidden\": 8}], \"training\": {\"steps\": "
            + steps
            + ", \"batchSize\": 8}, \"probeEvery\": 5}");
  }

  private RunSnapshot awaitFinal() {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> page.run().orElseThrow().snapshot(), s -> s.status().isFinal());
  }

  @Test
  void oneStepBeforeAnyRunStartsAPausedRunThatTakesExactlyOneStep() throws InterruptedException {
    var start = page.trainOneStep(rnn(400));

    assertThat(start).isInstanceOf(RunPresenter.Started.class);
    var run = page.run().orElseThrow();
    await().atMost(Duration.ofSeconds(30)).until(() -> run.snapshot().step() == 1);
    // A worker that took the run at once must not have run on past the one step.
    Thread.sleep(300);
    assertThat(run.snapshot().step()).isEqualTo(1);
    assertThat(run.snapshot().paused()).isTrue();
  }

  @Test
  void trainingAValidSpecStartsARunThatFinishesWithProbes() {
    var start = page.train(rnn(40));

    assertThat(start).isInstanceOf(RunPresenter.Started.class);
    var end = awaitFinal();
    assertThat(end.status()).isEqualTo(RunStatus.FINISHED);
    assertThat(end.latestProbe()).isNotNull();
    assertThat(end.lossCurve()).isNotEmpty();
  }

  @Test
  void anInvalidSpecComesBackAsViolationsNamingTheField() {
    var valid = rnn(10);
    var layer = valid.layers().getFirst();
    var tooWide =
        new ExperimentSpec(
            valid.version(),
            valid.task(),
            List.of(new LayerSpec(layer.cell(), 9999, layer.activation(), null, null)),
            valid.connection(),
            valid.init(),
            valid.training(),
            valid.probeEvery(),
            valid.seed());

    var start = page.train(tooWide);

    assertThat(start).isInstanceOf(RunPresenter.Invalid.class);
    assertThat(((RunPresenter.Invalid) start).violations())
        .anySatisfy(v -> assertThat(v.field()).isEqualTo("layers[0].hidden"));
    assertThat(page.run()).isEmpty();
  }

  @Test
  void pollingHandsOutOnlyStatesThatChanged() {
    page.train(rnn(20));
    awaitFinal();

    Optional<RunSnapshot> first = page.poll();
    Optional<RunSnapshot> second = page.poll();

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
  }

  @Test
  void pauseHoldsTheRunAndOneStepMovesItExactlyOneStep() {
    page.train(rnn(100_000));
    page.togglePause();
    var paused =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> page.run().orElseThrow().snapshot(), RunSnapshot::paused);
    int before =
        await()
            .pollDelay(Duration.ofMillis(300))
            .until(() -> page.run().orElseThrow().snapshot().step(), s -> true);
    assertThat(paused.status()).isEqualTo(RunStatus.RUNNING);

    page.stepOnce();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> page.run().orElseThrow().snapshot().step() == before + 1);
    page.togglePause();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> page.run().orElseThrow().snapshot().step() > before + 1);
  }

  @Test
  void trainingAgainCancelsThePreviousRunOfThePage() {
    page.train(rnn(100_000));
    var first = page.run().orElseThrow();

    page.train(rnn(10));

    await().atMost(Duration.ofSeconds(10)).until(() -> first.status() == RunStatus.CANCELLED);
    assertThat(page.run().orElseThrow()).isNotSameAs(first);
  }

  @Test
  void stoppingCancelsTheRunAndForgetsIt() {
    page.train(rnn(100_000));
    var run = page.run().orElseThrow();

    page.stop();

    await().atMost(Duration.ofSeconds(10)).until(() -> run.status() == RunStatus.CANCELLED);
    assertThat(page.run()).isEmpty();
    assertThat(page.poll()).isEmpty();
  }

  @Test
  void eachNewProbeThePageDrawsReportsItsAgeOnceToTheUpdateLatencyMeter() {
    var ages = new java.util.concurrent.CopyOnWriteArrayList<Long>();
    scheduler.meters(
        new gradflow.experiment.RunMeters() {
          @Override
          public void pageUpdated(long nanos) {
            ages.add(nanos);
          }
        });
    page.train(rnn(20));
    var ended = awaitFinal();

    page.shown(ended);
    page.shown(ended);

    assertThat(ages).hasSize(1);
    assertThat(ages.getFirst()).isPositive();
  }
}
