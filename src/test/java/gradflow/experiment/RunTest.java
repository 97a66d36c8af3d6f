package gradflow.experiment;

import static gradflow.experiment.RunFixtures.runToEnd;
import static gradflow.experiment.RunFixtures.settings;
import static gradflow.experiment.RunFixtures.standalone;
import static gradflow.experiment.RunFixtures.tiny;
import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.Probe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTest {
  private static final RunSettings SETTINGS = settings(10, 1000, 200);

  @Test
  void theSameSpecAndSeedGiveIdenticalProbesAndLosses() {
    Run a = runToEnd(standalone(tiny(40, 10), SETTINGS));
    Run b = runToEnd(standalone(tiny(40, 10), SETTINGS));

    List<Probe> pa = a.probes();
    List<Probe> pb = b.probes();
    assertThat(pa).extracting(Probe::step).containsExactly(0, 10, 20, 30, 40);
    for (int i = 0; i < pa.size(); i++) {
      assertThat(pa.get(i).loss()).isEqualTo(pb.get(i).loss());
      assertThat(pa.get(i).hiddenGrad()).isDeepEqualTo(pb.get(i).hiddenGrad());
      assertThat(pa.get(i).weightGrad()).isEqualTo(pb.get(i).weightGrad());
    }
    assertThat(a.snapshot().lossCurve()).isEqualTo(b.snapshot().lossCurve());
  }

  @Test
  void aRunThatEndedLetsGoOfItsNetworkButKeepsItsNumbers() {
    Run finished = standalone(tiny(5, 1), SETTINGS);
    finished.slice(2, Long.MAX_VALUE);
    assertThat(finished.holdsNetwork()).isTrue();
    runToEnd(finished);
    assertThat(finished.holdsNetwork()).isFalse();
    assertThat(finished.probes()).hasSize(6);

    Run cancelled = standalone(tiny(50, 1), SETTINGS);
    cancelled.slice(2, Long.MAX_VALUE);
    cancelled.cancelNow(null);
    assertThat(cancelled.holdsNetwork()).isFalse();
    assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
  }

  @Test
  void zeroStepsOnlyProbesTheFreshNetworkAndFinishes() {
    Run run = runToEnd(standalone(tiny(0, 10), SETTINGS));

    RunSnapshot s = run.snapshot();
    assertThat(s.status()).isEqualTo(RunStatus.FINISHED);
    assertThat(s.step()).isZero();
    assertThat(s.lossCurve()).isEmpty();
    assertThat(run.probes()).singleElement().extracting(Probe::step).isEqualTo(0);
    assertThat(s.latestProbe().step()).isZero();
  }

  @Test
  void aFinishedRunHasEveryStepsLossAndEndsAtItsLastStep() {
    Run run = runToEnd(standalone(tiny(25, 10), SETTINGS));

    RunSnapshot s = run.snapshot();
    assertThat(s.status()).isEqualTo(RunStatus.FINISHED);
    assertThat(s.message()).isNull();
    assertThat(s.step()).isEqualTo(25);
    assertThat(s.lossCurve()).extracting(LossPoint::step).hasSize(25).startsWith(0).endsWith(24);
    // 25 is no multiple of 10: no probe after the last update.
    assertThat(run.probes()).extracting(Probe::step).containsExactly(0, 10, 20);
    assertThat(s.baseline()).isEqualTo(1.0 / 6, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void aRunThatExplodesEndsAsDivergedAtItsStepKeepingTheLastFiniteProbe() {
    Run run = runToEnd(standalone(RunFixtures.exploding(), SETTINGS));

    RunSnapshot s = run.snapshot();
    assertThat(s.status()).isEqualTo(RunStatus.DIVERGED);
    assertThat(s.message()).startsWith("diverged at step " + s.step());
    assertThat(s.step()).isPositive().isLessThan(500);
    assertThat(s.lastFiniteProbe()).isNotNull();
    assertThat(s.lastFiniteProbe().finite()).isTrue();
    assertThat(s.lastFiniteProbe().step()).isLessThanOrEqualTo(s.step());
  }

  @Test
  void aSnapshotAfterEachTurnShowsItsProgressAndTheLastOneTheEnd() {
    Run run = standalone(tiny(20, 5), SETTINGS);
    List<RunSnapshot> seen = new ArrayList<>();
    Run.SliceEnd end;
    do {
      end = run.slice(4, Long.MAX_VALUE);
      seen.add(run.snapshot());
    } while (end != Run.SliceEnd.DONE);

    assertThat(seen).extracting(RunSnapshot::step).isSorted().contains(4, 8, 20);
    assertThat(seen.getLast().status()).isEqualTo(RunStatus.FINISHED);
    assertThat(run.probes()).extracting(Probe::step).containsExactly(0, 5, 10, 15, 20);
  }

  @Test
  void aCancelStopsTheStepUnderWayInsteadOfWaitingForItsEnd() throws Exception {
    // One step of this stack takes about a second; the cancel comes 100 ms into the first one.
    var slow =
        Fixtures.SPECS
            .read(
                """
                {"task": {"kind": "adding", "length": 1000},
                 "layers": [{"cell": "lstm", "hidden": 128}, {"cell": "lstm", "hidden": 128}],
                 "training": {"batchSize": 16, "steps": 3}}
                """)
            .orElseThrow();
    Run run = standalone(slow, SETTINGS);
    var worker = new Thread(() -> run.slice(1, Long.MAX_VALUE));
    worker.start();
    RunFixtures.await("the run to start", () -> run.status() == RunStatus.RUNNING);
    Thread.sleep(100);

    run.requestCancel("test");
    worker.join(30_000);

    assertThat(worker.isAlive()).isFalse();
    assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(run.snapshot().message()).startsWith("cancelled at step 0");
    assertThat(run.snapshot().lossCurve()).isEmpty();
  }

  @Test
  void aTransientExplosionsLargestGradientIsKeptWhateverTheThinningDrops() {
    var history = new RunHistory(settings(10, 1000, 4));
    // A gradient that rises to its peak at step 37 and falls again, as in a clipped explosion.
    for (int step = 0; step <= 100; step++) {
      history.probe(probe(step, 1e3 * Math.exp(-Math.pow((step - 37) / 5.0, 2)) + 1));
    }

    List<Probe> kept = history.probes();

    assertThat(kept).hasSizeLessThanOrEqualTo(6);
    assertThat(kept.stream().map(Probe::step).toList()).contains(0, 37, 100).isSorted();
    assertThat(HistoryPeak.of(kept).step()).isEqualTo(37);
  }

  private static Probe probe(int step, double globalNorm) {
    double[][] grad = {{globalNorm}};
    return new Probe(
        step,
        1,
        grad,
        new double[][] {null},
        new double[][] {null},
        new double[] {globalNorm},
        0,
        globalNorm,
        globalNorm,
        false,
        new double[][] {{}},
        new gradflow.engine.Spectrum[][] {{}});
  }

  @Test
  void theProbeHistoryAndLossCurveStayBoundedAndEvenlyThinned() {
    Run run = runToEnd(standalone(tiny(200, 1), settings(10, 16, 8)));

    Probe peak = HistoryPeak.of(run.probes());
    List<Integer> steps = run.probes().stream().map(Probe::step).toList();
    assertThat(steps).hasSizeLessThanOrEqualTo(10).startsWith(0).endsWith(200).isSorted();
    // The thinned probes are evenly spread; the latest and the peak are kept whatever the stride.
    List<Integer> kept = new ArrayList<>(steps.subList(0, steps.size() - 1));
    List<Integer> withoutPeak = new ArrayList<>(kept);
    withoutPeak.remove(Integer.valueOf(peak.step()));
    assertThat(evenlySpread(kept) || evenlySpread(withoutPeak)).as("steps %s", steps).isTrue();
    List<LossPoint> losses = run.snapshot().lossCurve();
    assertThat(losses).hasSizeLessThanOrEqualTo(16).hasSizeGreaterThan(8);
    assertThat(losses.get(0).step()).isZero();
  }

  @Test
  void aPausedRunParksBeforeItsNextStepAndStepOnceTakesExactlyOne() {
    Run run = standalone(tiny(100, 10), SETTINGS);
    assertThat(run.slice(3, Long.MAX_VALUE)).isEqualTo(Run.SliceEnd.MORE);
    assertThat(run.snapshot().step()).isEqualTo(3);

    run.pause();
    assertThat(run.slice(3, Long.MAX_VALUE)).isEqualTo(Run.SliceEnd.PARKED);
    assertThat(run.snapshot().step()).isEqualTo(3);
    assertThat(run.snapshot().paused()).isTrue();

    run.stepOnce();
    assertThat(run.slice(3, Long.MAX_VALUE)).isEqualTo(Run.SliceEnd.PARKED);
    assertThat(run.snapshot().step()).isEqualTo(4);

    run.resume();
    assertThat(run.slice(3, Long.MAX_VALUE)).isEqualTo(Run.SliceEnd.MORE);
    assertThat(run.snapshot().step()).isEqualTo(7);
    assertThat(run.snapshot().paused()).isFalse();
  }

  @Test
  void aCancelledRunStopsBeforeItsNextStep() {
    Run run = standalone(tiny(100, 10), SETTINGS);
    run.slice(5, Long.MAX_VALUE);

    run.cancel();

    assertThat(run.slice(5, Long.MAX_VALUE)).isEqualTo(Run.SliceEnd.DONE);
    assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(run.snapshot().step()).isEqualTo(5);
    assertThat(run.snapshot().message()).isEqualTo("cancelled at step 5");
  }

  @Test
  void aSpecTheEngineRefusesEndsAsFailedWithTheReason() {
    ExperimentSpec ok = tiny(10, 5);
    // The validator would refuse a width of 5000; the engine's own check gives the reason.
    ExperimentSpec tooWide =
        new ExperimentSpec(
            ok.version(),
            ok.task(),
            List.of(new LayerSpec(LayerSpec.Cell.RNN, 5000, LayerSpec.Activation.TANH, null, null)),
            ok.connection(),
            ok.init(),
            ok.training(),
            ok.probeEvery(),
            ok.seed());

    Run run = runToEnd(standalone(tooWide, SETTINGS));

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.snapshot().message()).startsWith("failed at step 0: hidden must be in");
  }

  @Test
  void thinningKeepsEveryStrideThItemAndDoublesTheStrideWhenFull() {
    Thinned<Integer> t = new Thinned<>(4);
    for (int i = 0; i < 17; i++) {
      t.offer(i);
    }
    assertThat(t.items()).containsExactly(0, 8, 16);
  }

  private static boolean evenlySpread(List<Integer> steps) {
    for (int i = 2; i < steps.size(); i++) {
      if (steps.get(i) - steps.get(i - 1) != steps.get(1) - steps.get(0)) {
        return false;
      }
    }
    return true;
  }
}
