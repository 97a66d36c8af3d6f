package gradflow.experiment;

import gradflow.engine.Probe;
import gradflow.task.Task;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run of a spec: deterministic (the same spec gives the same probes, whatever else
 * runs), driven in slices of steps by {@link RunScheduler}, watched through {@link RunListener}s
 * and {@link #snapshot()}s.
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

  /** How a slice ended, for the scheduler. */
  enum SliceEnd {
    /** More steps to take: back in the round. */
    MORE,
    /** Paused: out of the round until resumed or stepped. */
    PARKED,
    /** Ended. */
    DONE
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final String id = UUID.randomUUID().toString();

  /**
   * The capability to cancel: handed to the run's creator only. The id travels in pages, logs and
   * shared screens; this does not.
   */
  private final String cancelToken = newToken();

  private String savedSlug;
  private final String clientId;
  private volatile String address;
  private final ExperimentSpec spec;
  private final Task task;
  private final LongSupplier nanoTime;
  private final long memory;
  private final RunListeners listeners = new RunListeners();
  private volatile RunControl control = RunControl.STANDALONE;
  private volatile long lastSeen;

  // Guarded by this.
  private final RunHistory history;
  private RunStatus status = RunStatus.QUEUED;
  private boolean paused;
  private int singleSteps;
  private boolean cancelRequested;
  // CANCELLED, or STOPPED when the server ends the run because it shuts down.
  private RunStatus endRequested = RunStatus.CANCELLED;
  private String cancelReason;
  private String message;
  private int step;
  private double stepsPerSecond;
  private long previousSliceEnd = -1;
  private long endedAt;
  private long startedAt = -1;
  private long latestProbeAt;

  // Only the thread in a slice touches it, or a thread that ends the run outside any slice.
  private volatile Training training;

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
    this.history = new RunHistory(settings);
    this.nanoTime = nanoTime;
    this.lastSeen = nanoTime.getAsLong();
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
        && java.security.MessageDigest.isEqual(
            cancelToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /**
   * The slug its results were saved under, if they were: saving the same ended run again answers
   * with it and stores nothing new.
   */
  public synchronized java.util.Optional<String> savedSlug() {
    return java.util.Optional.ofNullable(savedSlug);
  }

  /** Remembers the slug its results were saved under (the first save wins). */
  public synchronized void savedAs(String slug) {
    if (savedSlug == null) {
      savedSlug = slug;
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The network address it came from, for the per-address limit; null when unknown. */
  String address() {
    return address;
  }

  void from(String address) {
    this.address = address;
  }

  public String clientId() {
    return clientId;
  }

  public ExperimentSpec spec() {
    return spec;
  }

  /** The task's chance-level loss. */
  public double baseline() {
    return task.baseline();
  }

  public synchronized RunStatus status() {
    return status;
  }

  /** The run as it is now; also counts as somebody watching it. */
  public RunSnapshot snapshot() {
    lastSeen = nanoTime.getAsLong();
    return current();
  }

  private RunSnapshot current() {
    int position = control.queuePosition(this);
    synchronized (this) {
      return new RunSnapshot(
          id,
          spec,
          status,
          paused,
          message,
          step,
          spec.training().steps(),
          status == RunStatus.QUEUED ? position : 0,
          stepsPerSecond,
          task.baseline(),
          history.losses(),
          history.latest(),
          history.lastFinite());
    }
  }

  /** Every probe so far in step order, evenly thinned past the configured number. */
  public List<Probe> probes() {
    lastSeen = nanoTime.getAsLong();
    synchronized (this) {
      return history.probes();
    }
  }

  /**
   * Listens to the run until the returned subscription is closed. A run with a listener counts as
   * watched. Take a {@link #snapshot()} after subscribing to see what happened before.
   */
  public Subscription subscribe(RunListener listener) {
    listeners.add(listener);
    return () -> {
      listeners.remove(listener);
      lastSeen = nanoTime.getAsLong();
    };
  }

  /** Stops telling the listener; the same as closing its subscription. */
  public void unsubscribe(RunListener listener) {
    listeners.remove(listener);
    lastSeen = nanoTime.getAsLong();
  }

  /** A listener's registration. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** Stops before the next step; the run keeps its place. */
  public void pause() {
    synchronized (this) {
      if (paused || status.isFinal()) {
        return;
      }
      paused = true;
    }
    publish();
  }

  public void resume() {
    synchronized (this) {
      if (!paused) {
        return;
      }
      paused = false;
      singleSteps = 0;
    }
    control.wake(this);
    publish();
  }

  /** While paused: takes one more step (and its probe, if it is a probe step), then waits again. */
  public void stepOnce() {
    synchronized (this) {
      if (!paused || status.isFinal()) {
        return;
      }
      singleSteps++;
    }
    control.wake(this);
  }

  /** Cancels the run: at once when it is waiting, else before its next step. */
  public void cancel() {
    control.cancel(this);
  }

  public synchronized boolean isPaused() {
    return paused;
  }

  /** The heap its training is estimated to hold ({@link MemoryEstimate}). */
  long memory() {
    return memory;
  }

  /**
   * A page has just shown this probe: when it is the run's latest, the time since it was taken is
   * the page's update latency, reported to the meters.
   */
  public void probeShown(Probe p) {
    long takenAt;
    synchronized (this) {
      if (p == null || p != history.latest()) {
        return;
      }
      takenAt = latestProbeAt;
    }
    control.meters().pageUpdated(nanoTime.getAsLong() - takenAt);
  }

  /** Whether it holds a network (from its first turn until it ends). */
  boolean holdsNetwork() {
    return training != null;
  }

  void attach(RunControl control) {
    this.control = control;
  }

  /**
   * Asks the slice in progress to cancel before its next step.
   *
   * @param why appended to "cancelled at step k", or null
   */
  synchronized void requestCancel(String why) {
    if (!cancelRequested) {
      cancelRequested = true;
      cancelReason = why;
      // A step of a big stack lasts many seconds: stop it within a time step, not at its end.
      Training t = training;
      if (t != null) {
        t.interrupt();
      }
    }
  }

  /**
   * Asks the run to end because the server shuts down: the step under way completes, a probe of the
   * network as it is then is published (unless the last probe is of that very step), and the run
   * ends as {@link RunStatus#STOPPED} with "stopped at step k: why". A paused run is let go so that
   * a worker can end it.
   */
  synchronized void requestStop(String why) {
    if (status.isFinal() || cancelRequested) {
      return;
    }
    cancelRequested = true;
    endRequested = RunStatus.STOPPED;
    cancelReason = why;
    paused = false;
    singleSteps = 0;
  }

  /** Stops the step under way within a time step (a stop that could not wait for its end). */
  void interruptStep() {
    Training t = training;
    if (t != null) {
      t.interrupt();
    }
  }

  /** Whether somebody listens or looked at it within {@code timeoutNanos} of {@code now}. */
  boolean watched(long now, long timeoutNanos) {
    return !listeners.isEmpty() || now - lastSeen < timeoutNanos;
  }

  synchronized long endedAt() {
    return endedAt;
  }

  /**
   * Cancels a run that is not in a slice (queued, parked or between turns).
   *
   * @param why appended to "cancelled at step k", or null
   */
  void cancelNow(String why) {
    endNow(RunStatus.CANCELLED, why);
  }

  /**
   * Ends a run that is not in a slice because the server shuts down ({@link RunStatus#STOPPED}).
   */
  void stopNow(String why) {
    endNow(RunStatus.STOPPED, why);
  }

  private void endNow(RunStatus as, String why) {
    synchronized (this) {
      if (status.isFinal()) {
        return;
      }
      String what =
          status == RunStatus.QUEUED
              ? endedVerb(as) + " before it started"
              : endedVerb(as) + " at step " + step;
      finish(as, why == null ? what : what + ": " + why);
    }
    training = null;
    publish();
  }

  private static String endedVerb(RunStatus as) {
    return as == RunStatus.STOPPED ? "stopped" : "cancelled";
  }

  /** Ends a run whose slice broke outside the run's own handling. */
  void failNow(Throwable e) {
    synchronized (this) {
      finish(RunStatus.FAILED, "failed at step " + step + ": " + describe(e));
    }
    publish();
  }

  /** About how many seconds until it ends at its recent rate; -1 when unknown. */
  /** Its recent training rate, steps per second (0 before its first slice). */
  synchronized double stepsPerSecond() {
    return stepsPerSecond;
  }

  synchronized double secondsLeft() {
    if (status.isFinal()) {
      return 0;
    }
    return stepsPerSecond > 0 ? (spec.training().steps() - step) / stepsPerSecond : -1;
  }

  /**
   * Takes up to {@code maxSteps} steps, fewer when {@code maxNanos} have passed (at least one).
   * Only one thread at a time may be in a slice of a given run.
   */
  SliceEnd slice(int maxSteps, long maxNanos) {
    long start = nanoTime.getAsLong();
    int taken = 0;
    boolean stopping = false;
    SliceEnd end = SliceEnd.MORE;
    try {
      synchronized (this) {
        if (status == RunStatus.QUEUED) {
          status = RunStatus.RUNNING;
          startedAt = nanoTime.getAsLong();
          log("started");
        }
      }
      if (training == null) {
        training = new Training(spec, task);
      }
      while (end == SliceEnd.MORE && taken < maxSteps) {
        synchronized (this) {
          if (status.isFinal()) {
            end = SliceEnd.DONE;
            break;
          }
          if (cancelRequested && endRequested != RunStatus.STOPPED) {
            endAsRequested();
            end = SliceEnd.DONE;
            break;
          }
          stopping = cancelRequested;
          if (paused && singleSteps == 0) {
            end = SliceEnd.PARKED;
            break;
          }
          if (paused) {
            singleSteps--;
          }
        }
        if (stopping) {
          publishLastProbe();
          synchronized (this) {
            endAsRequested();
          }
          end = SliceEnd.DONE;
          break;
        }
        end = oneStep();
        taken++;
        if (nanoTime.getAsLong() - start >= maxNanos) {
          break;
        }
      }
    } catch (gradflow.engine.StepInterrupted e) {
      synchronized (this) {
        endAsRequested();
      }
      end = SliceEnd.DONE;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      LOG.warn("run {} failed at step {}", id, step, e);
      synchronized (this) {
        finish(RunStatus.FAILED, "failed at step " + step + ": " + describe(e));
      }
      end = SliceEnd.DONE;
    }
    if (end == SliceEnd.DONE) {
      // A run that ended keeps its numbers, not its network and activations.
      training = null;
    }
    synchronized (this) {
      long now = nanoTime.getAsLong();
      // Measured from the end of the previous turn, so the rate includes waiting for this one.
      long from = previousSliceEnd >= 0 ? previousSliceEnd : start;
      if (taken > 0 && now > from) {
        double rate = taken * 1e9 / (now - from);
        stepsPerSecond = stepsPerSecond == 0 ? rate : 0.7 * stepsPerSecond + 0.3 * rate;
      }
      previousSliceEnd = end == SliceEnd.PARKED ? -1 : now;
    }
    publish();
    return end;
  }

  private SliceEnd oneStep() {
    Training.Outcome o = training.next();
    synchronized (this) {
      if (o.trained()) {
        history.loss(o.step(), o.loss());
      }
      step = o.stepsTaken();
    }
    if (o.probe() != null) {
      recorded(o.probe());
      control.meters().probeTaken(training.lastProbeNanos());
    }
    if (o.end() == null) {
      return SliceEnd.MORE;
    }
    synchronized (this) {
      finish(o.end(), o.message());
    }
    return SliceEnd.DONE;
  }

  // Caller holds the lock.
  private void endAsRequested() {
    String what = endedVerb(endRequested) + " at step " + step;
    finish(endRequested, cancelReason == null ? what : what + ": " + cancelReason);
  }

  /**
   * A stopped run's last word: the network as it is now, unless the last probe shows it already.
   */
  private void publishLastProbe() {
    Probe latest;
    synchronized (this) {
      latest = history.latest();
    }
    if (training == null || (latest != null && latest.step() >= step)) {
      return;
    }
    Training.Outcome o = training.probeNow();
    if (o.probe() != null && o.probe().finite()) {
      recorded(o.probe());
    }
  }

  private void recorded(Probe p) {
    synchronized (this) {
      history.probe(p);
      latestProbeAt = nanoTime.getAsLong();
    }
    listeners.probeTaken(this, p);
  }

  private void publish() {
    listeners.changed(this, this::current);
  }

  // Caller holds the lock.
  private void finish(RunStatus end, String why) {
    if (status.isFinal()) {
      return;
    }
    status = end;
    message = why;
    paused = false;
    endedAt = nanoTime.getAsLong();
    double seconds = startedAt < 0 ? 0 : (endedAt - startedAt) / 1e9;
    log(
        "%s after %d steps in %.1f s%s"
            .formatted(
                end.id(), step, seconds, why == null || why.isBlank() ? "" : " (" + why + ")"));
  }

  /**
   * One line per event in the server's log, naming the run (also as the {@code run} field of the
   * JSON log format) and never its owner's session.
   */
  void log(String event) {
    if (LOG.isInfoEnabled()) {
      try (var ignored = org.slf4j.MDC.putCloseable("run", id)) {
        LOG.info("run {} {}", id, event);
      }
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      // Its memory went with it; the other runs go on. "Java heap space" tells a student nothing.
      return "out of memory";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  @Override
  public String toString() {
    return "Run " + id;
  }
}
