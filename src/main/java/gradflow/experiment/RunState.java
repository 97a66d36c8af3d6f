package gradflow.experiment;

import gradflow.engine.Probe;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Where a run is and what it has measured: its status and its owner's wishes (paused, one more
 * step, cancel), the step reached, its rate, and its {@link RunHistory}. Every change happens under
 * this object's lock, and {@link #snapshot} publishes a consistent copy of it to pages and the REST
 * API. The owner's controls come through {@link Run}; the loop's reports through {@link RunLoop}.
 */
final class RunState {
  /** What the loop does next ({@link #beforeStep()}). */
  enum Next {
    STEP,
    PARK,
    /** The server shuts down: publish a last probe, then end as stopped. */
    STOP,
    ENDED
  }

  private final Run run;
  private final LongSupplier nanoTime;

  // Guarded by this.
  private final RunHistory history;
  private RunStatus status = RunStatus.QUEUED;
  private boolean paused;
  private int singleSteps;
  private boolean endWanted;
  // CANCELLED, or STOPPED when the server ends the run because it shuts down.
  private RunStatus endAs = RunStatus.CANCELLED;
  private String endReason;
  private String message;
  private int step;
  private double stepsPerSecond;
  private long previousTurnEnd = -1;
  private long startedAt = -1;
  private long endedAt;
  private long latestProbeAt;

  RunState(Run run, RunSettings settings, LongSupplier nanoTime) {
    this.run = run;
    this.history = new RunHistory(settings);
    this.nanoTime = nanoTime;
  }

  synchronized RunStatus status() {
    return status;
  }

  /** A consistent copy for a page or the API; {@code position} is the queue's, read beforehand. */
  synchronized RunSnapshot snapshot(int position) {
    return new RunSnapshot(
        run.id(),
        run.spec(),
        status,
        paused,
        message,
        step,
        run.spec().training().steps(),
        status == RunStatus.QUEUED ? position : 0,
        stepsPerSecond,
        run.baseline(),
        history.losses(),
        history.latest(),
        history.lastFinite());
  }

  synchronized List<Probe> probes() {
    return history.probes();
  }

  // ---- the owner's wishes ----

  synchronized void pause() {
    if (!status.isFinal()) {
      paused = true;
    }
  }

  /** False when it was not paused. */
  synchronized boolean resume() {
    if (!paused) {
      return false;
    }
    paused = false;
    singleSteps = 0;
    return true;
  }

  /** False unless it is paused and has not ended. */
  synchronized boolean stepOnce() {
    if (!paused || status.isFinal()) {
      return false;
    }
    singleSteps++;
    return true;
  }

  synchronized boolean isPaused() {
    return paused;
  }

  /** False when an end was already asked for. */
  synchronized boolean requestCancel(String why) {
    if (endWanted) {
      return false;
    }
    endWanted = true;
    endReason = why;
    return true;
  }

  synchronized void requestStop(String why) {
    if (status.isFinal() || endWanted) {
      return;
    }
    endWanted = true;
    endAs = RunStatus.STOPPED;
    endReason = why;
    paused = false;
    singleSteps = 0;
  }

  /** Ends a run that is not in a turn; false when it had already ended. */
  synchronized boolean endNow(RunStatus as, String why) {
    if (status.isFinal()) {
      return false;
    }
    String what =
        status == RunStatus.QUEUED
            ? endedVerb(as) + " before it started"
            : endedVerb(as) + " at step " + step;
    end(as, why == null ? what : what + ": " + why);
    return true;
  }

  synchronized long endedAt() {
    return endedAt;
  }

  synchronized double stepsPerSecond() {
    return stepsPerSecond;
  }

  synchronized double secondsLeft() {
    if (status.isFinal()) {
      return 0;
    }
    return stepsPerSecond > 0 ? (run.spec().training().steps() - step) / stepsPerSecond : -1;
  }

  /** How long ago this probe was taken, when it is the latest; -1 otherwise. */
  synchronized long ageOfLatest(Probe p) {
    return p != null && p == history.latest() ? nanoTime.getAsLong() - latestProbeAt : -1;
  }

  // ---- what the loop asks and tells ----

  /** The first turn starts the run. */
  synchronized void begin() {
    if (status == RunStatus.QUEUED) {
      status = RunStatus.RUNNING;
      startedAt = nanoTime.getAsLong();
      run.log("started");
    }
  }

  /** Whether to take a step now; ends a cancelled run on the way. */
  synchronized Next beforeStep() {
    if (status.isFinal()) {
      return Next.ENDED;
    }
    if (endWanted && endAs == RunStatus.STOPPED) {
      return Next.STOP;
    }
    if (endWanted) {
      endAsRequested();
      return Next.ENDED;
    }
    if (paused && singleSteps == 0) {
      return Next.PARK;
    }
    if (paused) {
      singleSteps--;
    }
    return Next.STEP;
  }

  /** A step was taken: its loss on the curve (when it trained) and the steps taken so far. */
  synchronized void stepped(Training.Outcome o) {
    if (o.trained()) {
      history.loss(o.step(), o.loss());
    }
    step = o.stepsTaken();
  }

  synchronized void recorded(Probe p) {
    history.probe(p);
    latestProbeAt = nanoTime.getAsLong();
  }

  synchronized Probe latestProbe() {
    return history.latest();
  }

  synchronized int step() {
    return step;
  }

  /** Ends the run as its owner or the server asked ("cancelled/stopped at step k: why"). */
  synchronized void endAsRequested() {
    String what = endedVerb(endAs) + " at step " + step;
    end(endAs, endReason == null ? what : what + ": " + endReason);
  }

  /** The recent rate, measured from the end of the previous turn so that waiting counts too. */
  synchronized void turnEnded(int taken, long start, boolean parked) {
    long now = nanoTime.getAsLong();
    long from = previousTurnEnd >= 0 ? previousTurnEnd : start;
    if (taken > 0 && now > from) {
      double rate = taken * 1e9 / (now - from);
      stepsPerSecond = stepsPerSecond == 0 ? rate : 0.7 * stepsPerSecond + 0.3 * rate;
    }
    previousTurnEnd = parked ? -1 : now;
  }

  /** Ends the run (a no-op once it has ended) and says so in the log. */
  synchronized void end(RunStatus end, String why) {
    if (status.isFinal()) {
      return;
    }
    status = end;
    message = why;
    paused = false;
    endedAt = nanoTime.getAsLong();
    run.markEnded();
    double seconds = startedAt < 0 ? 0 : (endedAt - startedAt) / 1e9;
    run.log(
        "%s after %d steps in %.1f s%s"
            .formatted(
                end.id(), step, seconds, why == null || why.isBlank() ? "" : " (" + why + ")"));
  }

  /** Ends a run whose turn broke outside the loop's own handling. */
  synchronized void fail(Throwable e) {
    end(RunStatus.FAILED, "failed at step " + step + ": " + RunLoop.describe(e));
  }

  private static String endedVerb(RunStatus as) {
    return as == RunStatus.STOPPED ? "stopped" : "cancelled";
  }
}
