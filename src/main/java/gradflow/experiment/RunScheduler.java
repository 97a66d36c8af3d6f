package gradflow.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares the machine between runs. Up to {@code maxActive} runs take turns round-robin on a fixed
 * pool of worker threads, one slice of steps per turn, so that a long run cannot starve short ones;
 * up to {@code queueCapacity} more wait in order for a place. When both are full, or the client
 * already has {@code perClient} runs going, {@link #submit} refuses with a {@link BusyException}
 * saying when to retry.
 *
 * <p>A page that goes away should {@link #cancelAllFor} its client id (or cancel its run); a run
 * that nobody listens to or looks at for {@code unwatchedTimeout} is cancelled anyway, and runs
 * that ended are forgotten after {@code keepFinished}.
 *
 * <pre>{@code
 * String client = VaadinSession.getCurrent().getSession().getId();
 * Run run = scheduler.submit(spec, client);   // BusyException, InvalidSpecException
 * RunSnapshot now = run.snapshot();           // polled by the page, e.g. every 150 ms
 * addDetachListener(e -> scheduler.cancelAllFor(client));
 * }</pre>
 *
 * <p>Who gets a place is {@link Admission}'s, the round of turns {@link Turns}', and what a turn
 * does {@link RunLoop}'s.
 */
public final class RunScheduler implements RunControl, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunScheduler.class);
  // After an interrupt a step ends within one time step of one layer, but a probe under way (the
  // eigenvalues of every recurrent matrix) is not interruptible: seconds on a loaded machine.
  // Grace + this + the pages' notice stays under the 30 s before a container is killed.
  private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(10);

  private final Specs specs;
  private final RunSettings settings;
  private final LongSupplier nanoTime;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final ScheduledExecutorService janitor;
  private volatile RunMeters meters = RunMeters.NONE;

  // Guarded by this.
  private final Admission admission;
  private final Turns turns;
  private boolean closed;
  private boolean stopping;

  public RunScheduler(Specs specs, RunSettings settings) {
    this(specs, settings, System::nanoTime);
  }

  RunScheduler(Specs specs, RunSettings settings, LongSupplier nanoTime) {
    this.specs = specs;
    this.settings = settings;
    this.nanoTime = nanoTime;
    this.admission = new Admission(settings);
    this.turns = new Turns(this, settings, this::ended);
    turns.start();
    janitor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gradflow-run-janitor");
              t.setDaemon(true);
              return t;
            });
    janitor.scheduleWithFixedDelay(this::sweepQuietly, 5, 5, TimeUnit.SECONDS);
  }

  public RunSettings settings() {
    return settings;
  }

  /**
   * Queues a run of the spec for the client, or starts it when there is a place.
   *
   * @param clientId a browser session id, or the remote address of a REST client
   * @throws InvalidSpecException if the spec cannot run, with every reason
   * @throws BusyException if there is no place now, with a guess at when there will be
   */
  public Run submit(ExperimentSpec spec, String clientId) {
    return submitFrom(spec, clientId, null, false);
  }

  /**
   * Like {@link #submit(ExperimentSpec, String)}, but the run starts paused and takes no step until
   * {@link Run#stepOnce} or {@link Run#resume}: a page's "One step" before any run. Pausing after
   * submit could not promise that, since a worker may take the run at once.
   */
  public Run submitPaused(ExperimentSpec spec, String clientId) {
    return submitFrom(spec, clientId, null, true);
  }

  /**
   * Like {@link #submit(ExperimentSpec, String)} or, with {@code paused}, {@link #submitPaused},
   * for a client at a known network address: the per-address limit counts it.
   */
  public Run submitFrom(ExperimentSpec spec, String clientId, String address, boolean paused) {
    long memory = checkRunnable(spec);
    synchronized (this) {
      if (closed || stopping) {
        throw admission.refuse(Refusals.shuttingDown(), "the server is shutting down");
      }
      admission.check(liveRuns(), clientId, address);
      forgetOldestEnded();
      Run run = new Run(spec, clientId, settings, nanoTime, memory);
      run.from(address);
      run.attach(this);
      if (paused) {
        run.pause();
      }
      runs.put(run.id(), run);
      admission.queue(run);
      run.log(
          "submitted: %d layers, %s, %d steps"
              .formatted(spec.layers().size(), spec.task().kind().id(), spec.training().steps()));
      admit();
      return run;
    }
  }

  /**
   * Checks that a spec could run here, as {@link #submit} does, without starting it: valid, and its
   * activations fit the memory budget. For saving a spec that others will open and run.
   *
   * @return the run's estimated memory in bytes
   * @throws InvalidSpecException if the spec cannot run, with every reason
   */
  public long checkRunnable(ExperimentSpec spec) {
    SpecResult checked = specs.check(spec);
    if (!checked.isValid()) {
      throw new InvalidSpecException(checked.errors());
    }
    long memory = MemoryEstimate.bytes(spec);
    long budget = settings.memoryBudgetBytes();
    if (memory > budget) {
      throw new InvalidSpecException(List.of(Refusals.tooMuchMemory(spec, memory, budget)));
    }
    return memory;
  }

  public Optional<Run> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(runs.get(id));
  }

  /** Cancels the run with this id; false when there is none. */
  public boolean cancel(String id) {
    Optional<Run> run = find(id);
    run.ifPresent(Run::cancel);
    return run.isPresent();
  }

  /** Cancels every run of the client that has not ended, e.g. when its page is gone. */
  public int cancelAllFor(String clientId) {
    List<Run> mine = liveRunsOf(clientId);
    mine.forEach(Run::cancel);
    return mine.size();
  }

  /** The client's runs that are queued or running. */
  public List<Run> liveRunsOf(String clientId) {
    return liveRuns().stream().filter(r -> r.clientId().equals(clientId)).toList();
  }

  private List<Run> liveRuns() {
    return runs.values().stream().filter(r -> !r.status().isFinal()).toList();
  }

  @Override
  public void cancel(Run run) {
    cancel(run, null);
  }

  private void cancel(Run run, String why) {
    synchronized (this) {
      if (turns.inTurn(run)) {
        // Its worker sees the request before the next step; if the run parks instead, wake it.
        run.requestCancel(why);
        turns.wake(run);
        return;
      }
      turns.remove(run);
      if (!admission.leave(run)) {
        return;
      }
      admit();
    }
    run.cancelNow(why);
  }

  @Override
  public synchronized void wake(Run run) {
    if (turns.inTurn(run) || admission.holdsPlace(run)) {
      turns.wake(run);
    }
  }

  /** Installs the meters that runs report their probe and page-update times to. */
  public void meters(RunMeters meters) {
    this.meters = meters;
  }

  @Override
  public RunMeters meters() {
    return meters;
  }

  /** Runs taking turns now (the meters of the operations endpoint read these). */
  public synchronized int activeCount() {
    return admission.activeCount();
  }

  /** Runs waiting for a place. */
  public synchronized int queuedCount() {
    return admission.queuedCount();
  }

  /** Submissions refused for lack of a place, since the start. */
  public synchronized long refusedCount() {
    return admission.refusedCount();
  }

  /** The training steps per second of every active run together. */
  public synchronized double stepsPerSecond() {
    return admission.active().stream().mapToDouble(Run::stepsPerSecond).sum();
  }

  @Override
  public synchronized int queuePosition(Run run) {
    return admission.position(run);
  }

  /**
   * Cancels runs nobody watches and forgets runs that ended long enough ago. Runs every few seconds
   * on its own.
   */
  public void sweep() {
    long now = nanoTime.getAsLong();
    long unwatched = settings.unwatchedTimeout().toNanos();
    long keep = settings.keepFinished().toNanos();
    for (Run run : runs.values()) {
      if (!run.status().isFinal() && !run.watched(now, unwatched)) {
        cancel(run, "nobody has watched it for " + settings.unwatchedTimeout().toSeconds() + " s");
      } else if (run.status().isFinal() && now - run.endedAt() > keep) {
        runs.remove(run.id());
      }
    }
  }

  // Caller holds the lock.
  private void forgetOldestEnded() {
    List<Run> ended = runs.values().stream().filter(r -> r.status().isFinal()).toList();
    int excess = ended.size() - settings.maxKept();
    if (excess > 0) {
      ended.stream()
          .sorted(Comparator.comparingLong(Run::endedAt))
          .limit(excess)
          .forEach(r -> runs.remove(r.id()));
    }
  }

  /** Whether the run holds a place but takes no turns (paused and out of the round). */
  synchronized boolean isParked(Run run) {
    return admission.holdsPlace(run) && turns.parked(run);
  }

  void trace(SchedulerTrace trace) {
    synchronized (this) {
      turns.trace(trace);
    }
  }

  /**
   * Ends every run because the server shuts down, and admits no new one: queued runs end at once;
   * active ones finish the step under way, publish a probe of where they got to and end as {@link
   * RunStatus#STOPPED} with "stopped at step k: why". A run whose step outlasts {@code grace} is
   * interrupted within a time step. The workers keep going, so call {@link #close} afterwards.
   *
   * @return how many runs it ended
   */
  public int stopAll(String why, Duration grace) {
    List<Run> queued;
    List<Run> held;
    synchronized (this) {
      stopping = true;
      queued = admission.drainQueue();
      held = admission.active();
    }
    queued.forEach(run -> run.stopNow(why));
    for (Run run : held) {
      run.requestStop(why);
      // A paused run is out of the round: put it back so that a worker ends it.
      wake(run);
    }
    if (!awaitEnded(held, nanoTime.getAsLong() + grace.toNanos())) {
      held.forEach(Run::interruptStep);
      awaitEnded(held, nanoTime.getAsLong() + INTERRUPT_WAIT.toNanos());
    }
    for (Run run : held) {
      if (!inTurnNow(run)) {
        run.stopNow(why);
      }
    }
    int ended = queued.size() + held.size();
    if (ended > 0) {
      LOG.info("stopped {} runs: {}", ended, why);
    }
    return ended;
  }

  /**
   * Admits runs again after {@link #stopAll}: a context that was stopped and started again (Spring
   * pauses a test's unused application contexts that way) trains again.
   */
  synchronized void reopen() {
    stopping = false;
  }

  private boolean awaitEnded(List<Run> runs, long deadline) {
    while (runs.stream().anyMatch(r -> !r.status().isFinal())) {
      if (nanoTime.getAsLong() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Stops the workers; runs that have not ended are cancelled. */
  @Override
  public void close() {
    List<Run> left;
    synchronized (this) {
      closed = true;
      left = new ArrayList<>(runs.values());
    }
    turns.stop();
    janitor.shutdownNow();
    for (Run run : left) {
      run.requestCancel("the server is shutting down");
      if (!inTurnNow(run)) {
        run.cancelNow("the server is shutting down");
      }
    }
  }

  private synchronized boolean inTurnNow(Run run) {
    return turns.inTurn(run);
  }

  // Caller holds the lock: a turn ended the run.
  private void ended(Run run) {
    admission.leave(run);
    admit();
  }

  // Caller holds the lock.
  private void admit() {
    admission.admit().forEach(turns::add);
  }

  private void sweepQuietly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.warn("sweeping runs failed", e);
    }
  }
}
