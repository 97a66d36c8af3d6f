package gradflow.ui.compare;

import gradflow.engine.Probe;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.run.RunPresenter;
import java.util.List;
import java.util.Optional;

/**
 * The two runs of compare mode, driven as one: train, pause, step and reset act on both, and {@link
 * Lockstep} holds the one ahead. Each side is an ordinary {@link RunPresenter}; a page's two runs
 * fit exactly in the scheduler's limit per client.
 */
final class ComparePresenter {

  /**
   * The newest state of both sides; either is null before it started.
   *
   * @param held the side the lockstep holds, so that the page can say it waits rather than paused
   */
  record Pair(RunSnapshot a, RunSnapshot b, Optional<Lockstep.Side> held) {}

  /** What Train both did: both started, or why not. */
  record Started(RunPresenter.Start a, RunPresenter.Start b) {
    boolean both() {
      return a instanceof RunPresenter.Started && b instanceof RunPresenter.Started;
    }
  }

  private final RunPresenter a;
  private final RunPresenter b;
  private RunSnapshot lastA;
  private RunSnapshot lastB;
  private Optional<Lockstep.Side> held = Optional.empty();
  private boolean userPaused;

  ComparePresenter(RunScheduler scheduler, String clientId) {
    a = new RunPresenter(scheduler, clientId);
    b = new RunPresenter(scheduler, clientId);
  }

  /**
   * B's spec with A's task, batch size and seed: the batches are a function of (task, seed, batch
   * size, step) alone, so both sides then see the very same batches.
   */
  static ExperimentSpec sharingBatches(ExperimentSpec a, ExperimentSpec b) {
    return b.with("task", a.task())
        .with("training.batchSize", a.training().batchSize())
        .with("seed", a.seed());
  }

  /**
   * @param oneStep start both paused, each after its first step ("One step each" before any run)
   */
  synchronized Started trainBoth(ExperimentSpec specA, ExperimentSpec specB, boolean oneStep) {
    stop();
    var shared = sharingBatches(specA, specB);
    var startA = oneStep ? a.trainOneStep(specA) : a.train(specA);
    var startB = oneStep ? b.trainOneStep(shared) : b.train(shared);
    var started = new Started(startA, startB);
    if (!started.both()) {
      stop(); // half a comparison compares nothing
    } else {
      userPaused = oneStep;
    }
    return started;
  }

  /** Whether a comparison was started and not reset, whether or not it still trains. */
  synchronized boolean hasRuns() {
    return a.run().isPresent() || b.run().isPresent();
  }

  synchronized boolean isUserPaused() {
    return userPaused;
  }

  /** Pauses both, or resumes both (the lockstep then holds the one ahead again if need be). */
  synchronized void togglePause() {
    userPaused = !userPaused;
    held = Optional.empty();
    runs(userPaused);
  }

  /** One training step on each side, from a shared pause. */
  synchronized void stepOnce() {
    if (!userPaused) {
      userPaused = true;
      held = Optional.empty();
      runs(true);
    }
    a.stepOnce();
    b.stepOnce();
  }

  synchronized void stop() {
    a.stop();
    b.stop();
    lastA = null;
    lastB = null;
    held = Optional.empty();
    userPaused = false;
  }

  /** Both sides' newest state if either changed; applies the lockstep on the way. */
  synchronized Optional<Pair> poll() {
    var newA = a.poll();
    var newB = b.poll();
    newA.ifPresent(s -> lastA = s);
    newB.ifPresent(s -> lastB = s);
    return newA.isPresent() || newB.isPresent()
        ? Optional.of(new Pair(lastA, lastB, held))
        : Optional.empty();
  }

  /**
   * Holds the run that is ahead, from both runs' steps as they are now. Cheap, and called far more
   * often than the page is redrawn: a fast RNN takes a hundred steps between two redraws.
   */
  synchronized void keepInStep() {
    if (userPaused) {
      return;
    }
    var hold =
        Lockstep.toHold(
            a.run().map(Run::snapshot).orElse(null), b.run().map(Run::snapshot).orElse(null), held);
    if (hold.equals(held)) {
      return;
    }
    held.ifPresent(side -> run(side).ifPresent(Run::resume));
    hold.ifPresent(side -> run(side).ifPresent(Run::pause));
    held = hold;
  }

  private void runs(boolean pause) {
    for (var side : Lockstep.Side.values()) {
      run(side)
          .filter(r -> !r.status().isFinal())
          .ifPresent(
              r -> {
                if (pause) {
                  r.pause();
                } else {
                  r.resume();
                }
              });
    }
  }

  /** A side's run, whatever its status: for sharing or exporting it once it has ended. */
  synchronized Optional<Run> runOf(Lockstep.Side side) {
    return (side == Lockstep.Side.A ? a : b).run();
  }

  /** A side's probes so far in step order (the peak and latest kept), for the heatmap's view. */
  synchronized List<Probe> probes(Lockstep.Side side) {
    return (side == Lockstep.Side.A ? a : b).run().map(Run::probes).orElse(List.of());
  }

  private Optional<Run> run(Lockstep.Side side) {
    return (side == Lockstep.Side.A ? a : b).run().filter(r -> !r.status().isFinal());
  }
}
