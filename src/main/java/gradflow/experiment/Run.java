package gradflow.experiment;

import gradflow.engine.Probe;
import gradflow.task.Task;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One training run of a spec: its owner's controls, its state and the snapshots a page or the REST
 * API reads ({@link #snapshot()}, polled: nothing is pushed). Deterministic: the same spec gives
 * the same probes, whatever else runs. {@link RunScheduler} gives it turns, and {@link RunLoop}
 * trains it during each turn.
 *
 * <p>Step k trains on the task's batch (seed, k); a probe is taken on step 0, every {@code
 * probeEvery} steps, and after the last step when that is a probe step too. {@code training.steps:
 * 0} takes one probe of the fresh network and finishes. A NaN or infinite loss or gradient ends the
 * run as {@link RunStatus#DIVERGED} with "diverged at step k", keeping the last finite probe.
 *
 * <p>Thread-safe: the controls and snapshots may be called from any thread.
 */
public final class Run {
  private static final Logger LOG = LoggerFactory.getLogger(Run.class);

  /** How a turn ended, for the scheduler. */
  enum SliceEnd {
    /** More steps to take: back in the round. */
    MORE,
    /** Paused: out of the round until resumed or stepped. */
    PARKED,
    /** Ended. */
    DONE
  }

  private final String id = UUID.randomUUID().toString();

  /**
   * The capability to cancel: handed to the run's creator only. The id travels in pages, logs and
   * shared screens; this does not.
   */
  private final String cancelToken = newToken();

  private final String clientId;
  private final ExperimentSpec spec;
  private final Task task;
  private final LongSupplier nanoTime;
  private final long memory;
  private final RunLoop loop;
  private volatile RunControl control = RunControl.STANDALONE;
  private volatile long lastSeen;
  private volatile String address;

  private final RunState state;

  // Guarded by this.
  private String savedSlug;

  /** Completed when the run ends; see {@link #ended()}. */
  private final CompletableFuture<Run> ended = new CompletableFuture<>();

  /**
   * A run of a valid spec (see {@link Specs#check}); {@link RunScheduler#submit} is the usual way.
   *
   * @param clientId whose run it is: a browser session id or a remote address
   */
  Run(ExperimentSpec spec, String clientId, RunSettings settings, LongSupplier nanoTime) {
    this(spec, clientId, settings, nanoTime, 0);
  }

  Run(
      ExperimentSpec spec,
      String clientId,
      RunSettings settings,
      LongSupplier nanoTime,
      long memory) {
    this.memory = memory;
    this.spec = spec;
    this.clientId = clientId;
    this.task = spec.task().create();
    this.state = new RunState(this, settings, nanoTime);
    this.nanoTime = nanoTime;
    this.lastSeen = nanoTime.getAsLong();
    this.loop = new RunLoop(this, spec, task, nanoTime);
  }

  public String id() {
    return id;
  }

  /** What its creator must show to cancel it through the REST API. */
  public String cancelToken() {
    return cancelToken;
  }

  /** Whether {@code token} is this run's cancel token (compared in constant time). */
  public boolean acceptsCancelToken(String token) {
    return token != null
        && MessageDigest.isEqual(
            cancelToken.getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The slug its results were saved under, if they were: saving the same ended run again answers
   * with it and stores nothing new.
   */
  public synchronized Optional<String> savedSlug() {
    return Optional.ofNullable(savedSlug);
  }

  /** Remembers the slug its results were saved under (the first save wins). */
  public synchronized void savedAs(String slug) {
    if (savedSlug == null) {
      savedSlug = slug;
    }
  }

  private static String newToken() {
    return RandomKeys.base64url(16);
  }

  public String clientId() {
    return clientId;
  }

  /** The network address it came from, for the per-address limit; null when unknown. */
  String address() {
    return address;
  }

  void from(String address) {
    this.address = address;
  }

  public ExperimentSpec spec() {
    return spec;
  }

  /** The task's chance-level loss. */
  public double baseline() {
    return task.baseline();
  }

  public RunStatus status() {
    return state.status();
  }

  /**
   * Completes with this run once it has ended, in whatever final status ({@link #status()} then
   * says which), for whoever must act on the end without polling (a class records its runs).
   *
   * <p>It completes on a thread of its own, never on the worker that ended the run nor under the
   * run's locks, so that an action may take its time (save to a database) and call the run back. An
   * action attached after the end runs at once on the attaching thread.
   */
  public CompletionStage<Run> ended() {
    return ended.minimalCompletionStage();
  }

  /** Called by {@link RunState} when the run has ended, while it holds its lock: hands off. */
  void markEnded() {
    ended.completeAsync(() -> this);
  }

  /** The run as it is now; also counts as somebody watching it. */
  public RunSnapshot snapshot() {
    lastSeen = nanoTime.getAsLong();
    return state.snapshot(control.queuePosition(this));
  }

  /** Every probe so far in step order, evenly thinned past the configured number. */
  public List<Probe> probes() {
    lastSeen = nanoTime.getAsLong();
    return state.probes();
  }

  /** Stops before the next step; the run keeps its place. */
  public void pause() {
    state.pause();
  }

  public void resume() {
    if (state.resume()) {
      control.wake(this);
    }
  }

  /** While paused: takes one more step (and its probe, if it is a probe step), then waits again. */
  public void stepOnce() {
    if (state.stepOnce()) {
      control.wake(this);
    }
  }

  /** Cancels the run: at once when it is waiting, else before its next step. */
  public void cancel() {
    control.cancel(this);
  }

  public boolean isPaused() {
    return state.isPaused();
  }

  /**
   * A page has just shown this probe: when it is the run's latest, the time since it was taken is
   * the page's update latency, reported to the meters.
   */
  public void probeShown(Probe p) {
    long age = state.ageOfLatest(p);
    if (age >= 0) {
      control.meters().pageUpdated(age);
    }
  }

  // ---- for the scheduler ----

  /** The heap its training is estimated to hold ({@link MemoryEstimate}). */
  long memory() {
    return memory;
  }

  void attach(RunControl control) {
    this.control = control;
  }

  RunControl control() {
    return control;
  }

  /** One turn of up to {@code maxSteps} steps or {@code maxNanos}; see {@link RunLoop#turn}. */
  SliceEnd slice(int maxSteps, long maxNanos) {
    return loop.turn(maxSteps, maxNanos);
  }

  /** Whether it holds a network (from its first turn until it ends). */
  boolean holdsNetwork() {
    return loop.holdsNetwork();
  }

  RunState state() {
    return state;
  }

  /**
   * Asks the turn in progress to cancel before its next step, and stops a step under way within a
   * time step (a step of a big stack lasts many seconds).
   *
   * @param why appended to "cancelled at step k", or null
   */
  void requestCancel(String why) {
    if (state.requestCancel(why)) {
      loop.interrupt();
    }
  }

  /**
   * Asks the run to end because the server shuts down: the step under way completes, a probe of the
   * network as it is then is published (unless the last probe is of that very step), and the run
   * ends as {@link RunStatus#STOPPED} with "stopped at step k: why". A paused run is let go so that
   * a worker can end it.
   */
  void requestStop(String why) {
    state.requestStop(why);
  }

  /** Stops the step under way within a time step (a stop that could not wait for its end). */
  void interruptStep() {
    loop.interrupt();
  }

  /** Whether somebody looked at it within {@code timeoutNanos} of {@code now}. */
  boolean watched(long now, long timeoutNanos) {
    return now - lastSeen < timeoutNanos;
  }

  long endedAt() {
    return state.endedAt();
  }

  /**
   * Cancels a run that is not in a turn (queued, parked or between turns).
   *
   * @param why appended to "cancelled at step k", or null
   */
  void cancelNow(String why) {
    if (state.endNow(RunStatus.CANCELLED, why)) {
      loop.release();
    }
  }

  /** Ends a run that is not in a turn because the server shuts down ({@link RunStatus#STOPPED}). */
  void stopNow(String why) {
    if (state.endNow(RunStatus.STOPPED, why)) {
      loop.release();
    }
  }

  /** Ends a run whose turn broke outside the run's own handling. */
  void failNow(Throwable e) {
    state.fail(e);
  }

  /** Its recent training rate, steps per second (0 before its first turn). */
  double stepsPerSecond() {
    return state.stepsPerSecond();
  }

  /** About how many seconds until it ends at its recent rate; -1 when unknown. */
  double secondsLeft() {
    return state.secondsLeft();
  }

  /**
   * One line per event in the server's log, naming the run (also as the {@code run} field of the
   * JSON log format) and never its owner's session.
   */
  void log(String event) {
    if (LOG.isInfoEnabled()) {
      try (var ignored = MDC.putCloseable("run", id)) {
        LOG.info("run {} {}", id, event);
      }
    }
  }

  @Override
  public String toString() {
    return "Run " + id;
  }
}
