package gradflow.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fairness among the runs that hold a place: a fixed pool of worker threads gives them turns
 * round-robin, one turn of at most {@code sliceSteps} steps or {@code sliceTime} each, so that a
 * long run cannot starve short ones. A paused run leaves the round until it is woken.
 *
 * <p>Guarded by the scheduler's lock (the {@code lock} given), on which idle workers also wait;
 * every method but {@link #stop} expects the caller to hold it.
 */
final class Turns {
  private static final Logger LOG = LoggerFactory.getLogger(Turns.class);

  private final Object lock;
  private final RunSettings settings;
  private final Consumer<Run> ended;
  private final List<Thread> workers = new ArrayList<>();
  private final ArrayDeque<Run> ready = new ArrayDeque<>();
  private final Set<Run> inTurn = new HashSet<>();
  private final Set<Run> wakeRequested = new HashSet<>();
  private SchedulerTrace trace = SchedulerTrace.NONE;
  private boolean closed;

  /**
   * @param ended told, with the lock held, of each run whose turn ended it
   */
  Turns(Object lock, RunSettings settings, Consumer<Run> ended) {
    this.lock = lock;
    this.settings = settings;
    this.ended = ended;
    for (int i = 0; i < settings.workerThreads(); i++) {
      Thread t = new Thread(this::work, "gradflow-run-" + i);
      t.setDaemon(true);
      // Below the request threads: a page must stay responsive while the runs use every core.
      t.setPriority(Thread.NORM_PRIORITY - 1);
      workers.add(t);
    }
  }

  void start() {
    workers.forEach(Thread::start);
  }

  /** Puts the run at the end of the round. */
  void add(Run run) {
    ready.addLast(run);
    trace.enqueued(run);
    lock.notifyAll();
  }

  /** Takes the run out of the round (its turn under way, if any, goes on). */
  void remove(Run run) {
    ready.remove(run);
  }

  boolean inTurn(Run run) {
    return inTurn.contains(run);
  }

  /** Whether the run holding a place takes no turns (paused and out of the round). */
  boolean parked(Run run) {
    return !ready.contains(run) && !inTurn.contains(run);
  }

  /** Puts a parked run back in the round; one in a turn goes back when its turn ends. */
  void wake(Run run) {
    if (inTurn.contains(run)) {
      wakeRequested.add(run);
    } else if (!ready.contains(run)) {
      add(run);
    }
  }

  void trace(SchedulerTrace trace) {
    this.trace = trace;
  }

  /** Stops the workers once their turns end. Takes the lock itself. */
  void stop() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    workers.forEach(Thread::interrupt);
  }

  /** A worker: takes the next ready run, gives it one turn, and puts it back at the end. */
  private void work() {
    long sliceNanos = settings.sliceTime().toNanos();
    while (true) {
      Run run;
      synchronized (lock) {
        while (ready.isEmpty() && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            if (closed) {
              return;
            }
          }
        }
        if (closed) {
          return;
        }
        run = ready.pollFirst();
        inTurn.add(run);
        trace.dispatched(run);
      }
      Run.SliceEnd end;
      try {
        end = run.slice(settings.sliceSteps(), sliceNanos);
      } catch (Throwable t) {
        // Only a bug gets here (the loop handles the run's own failures); the worker must survive.
        LOG.error("run {} broke its worker's turn", run.id(), t);
        run.failNow(t);
        end = Run.SliceEnd.DONE;
      }
      synchronized (lock) {
        inTurn.remove(run);
        boolean woken = wakeRequested.remove(run);
        switch (end) {
          case MORE -> add(run);
          case PARKED -> {
            if (woken) {
              add(run);
            }
          }
          case DONE -> ended.accept(run);
        }
      }
    }
  }
}
