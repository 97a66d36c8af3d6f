package gradflow.experiment;

import gradflow.engine.Probe;

/**
 * Hears a run as it goes. Calls come on the run's worker thread (or, for pause, resume and cancel,
 * on the thread that asked), so a Vaadin view must hop onto its UI with {@code ui.access}; probes
 * come in step order. A listener that throws is logged and dropped; the run goes on. Keep the work
 * short: the run waits for it. To hear every probe from step 0 on, pass the listener to {@link
 * RunScheduler#submit(ExperimentSpec, String, RunListener)}.
 */
public interface RunListener {

  /** A probe was taken (step 0, every {@code probeEvery} steps, and the last step). */
  default void probeTaken(Run run, Probe probe) {}

  /**
   * The run moved on: after every slice of steps, on pause and resume, and once more when it ends
   * ({@link RunSnapshot#status()} final).
   */
  default void changed(RunSnapshot snapshot) {}
}
