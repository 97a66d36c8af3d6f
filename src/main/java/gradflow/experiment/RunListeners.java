package gradflow.experiment;

import gradflow.engine.Probe;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's listeners. One that throws is logged and dropped, so that a broken page cannot stop the
 * run or the other pages watching it.
 */
final class RunListeners {
  private static final Logger LOG = LoggerFactory.getLogger(RunListeners.class);
  private final List<RunListener> listeners = new CopyOnWriteArrayList<>();

  void add(RunListener l) {
    listeners.add(l);
  }

  void remove(RunListener l) {
    listeners.remove(l);
  }

  boolean isEmpty() {
    return listeners.isEmpty();
  }

  void probeTaken(Run run, Probe p) {
    for (RunListener l : listeners) {
      try {
        l.probeTaken(run, p);
      } catch (RuntimeException e) {
        dropped(run, l, e);
      }
    }
  }

  /** Tells every listener; the snapshot is only taken when somebody listens. */
  void changed(Run run, Supplier<RunSnapshot> snapshot) {
    if (listeners.isEmpty()) {
      return;
    }
    RunSnapshot s = snapshot.get();
    for (RunListener l : listeners) {
      try {
        l.changed(s);
      } catch (RuntimeException e) {
        dropped(run, l, e);
      }
    }
  }

  private void dropped(Run run, RunListener l, RuntimeException e) {
    LOG.warn("run {}: a listener threw and no longer listens", run.id(), e);
    listeners.remove(l);
  }
}
