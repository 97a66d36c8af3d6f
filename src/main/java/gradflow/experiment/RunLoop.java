package gradflow.experiment;

import gradflow.engine.Probe;
import gradflow.engine.StepInterrupted;
import gradflow.task.Task;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop of one run, one turn at a time: the scheduler's worker calls {@link #turn},
 * which takes steps until the turn's share is used, the run is paused, or it ends. The network
 * exists from the first turn until the run ends; the run's state and numbers stay in {@link Run}.
 * Only one thread at a time takes a turn of a given run.
 */
final class RunLoop {
  private static final Logger LOG = LoggerFactory.getLogger(RunLoop.class);

  private final Run run;
  private final RunState state;
  private final ExperimentSpec spec;
  private final Task task;
  private final LongSupplier nanoTime;

  // Only the thread in a turn sets it, or a thread that ends the run outside any turn.
  private volatile Training training;
  // An interrupt that came while the network was still being built: applied once it exists.
  private volatile boolean interrupted;

  RunLoop(Run run, ExperimentSpec spec, Task task, LongSupplier nanoTime) {
    this.run = run;
    this.state = run.state();
    this.spec = spec;
    this.task = task;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes up to {@code maxSteps} steps, fewer when {@code maxNanos} have passed (at least one).
   *
   * @return whether the run wants more turns, is parked, or ended
   */
  Run.SliceEnd turn(int maxSteps, long maxNanos) {
    long start = nanoTime.getAsLong();
    int taken = 0;
    Run.SliceEnd end = Run.SliceEnd.MORE;
    try {
      state.begin();
      if (training == null) {
        training = new Training(spec, task);
        if (interrupted) {
          training.interrupt();
        }
      }
      while (end == Run.SliceEnd.MORE && taken < maxSteps) {
        RunState.Next next = state.beforeStep();
        if (next == RunState.Next.ENDED) {
          end = Run.SliceEnd.DONE;
        } else if (next == RunState.Next.PARK) {
          end = Run.SliceEnd.PARKED;
        } else if (next == RunState.Next.STOP) {
          publishLastProbe();
          state.endAsRequested();
          end = Run.SliceEnd.DONE;
        } else {
          end = oneStep();
          taken++;
          if (nanoTime.getAsLong() - start >= maxNanos) {
            break;
          }
        }
      }
    } catch (StepInterrupted e) {
      state.endAsRequested();
      end = Run.SliceEnd.DONE;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      LOG.warn("run {} failed at step {}", run.id(), state.step(), e);
      state.end(RunStatus.FAILED, "failed at step " + state.step() + ": " + describe(e));
      end = Run.SliceEnd.DONE;
    }
    if (end == Run.SliceEnd.DONE) {
      // A run that ended keeps its numbers, not its network and activations.
      training = null;
    }
    state.turnEnded(taken, start, end == Run.SliceEnd.PARKED);
    return end;
  }

  private Run.SliceEnd oneStep() {
    Training.Outcome o = training.next();
    state.stepped(o);
    if (o.probe() != null) {
      state.recorded(o.probe());
      run.control().meters().probeTaken(training.lastProbeNanos());
    }
    if (o.end() == null) {
      return Run.SliceEnd.MORE;
    }
    state.end(o.end(), o.message());
    return Run.SliceEnd.DONE;
  }

  /**
   * A stopped run's last word: the network as it is now, unless the last probe shows it already.
   */
  private void publishLastProbe() {
    Probe latest = state.latestProbe();
    if (training == null || (latest != null && latest.step() >= state.step())) {
      return;
    }
    Probe now = training.probeNow().probe();
    if (now != null && now.finite()) {
      state.recorded(now);
    }
  }

  boolean holdsNetwork() {
    return training != null;
  }

  /** Stops the step under way, from any thread: the turn ends as its run asked. */
  void interrupt() {
    interrupted = true;
    Training t = training;
    if (t != null) {
      t.interrupt();
    }
  }

  /** Lets go of the network of a run that ended outside a turn. */
  void release() {
    training = null;
  }

  static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      // Its memory went with it; the other runs go on. "Java heap space" tells a student nothing.
      return "out of memory";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
