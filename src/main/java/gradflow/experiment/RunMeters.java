package gradflow.experiment;

/**
 * What the operations meters hear from runs and pages (see {@code ops.GradFlowMeters}): how long a
 * probe takes to compute, and how long a probe takes to reach its page. The experiment layer knows
 * no meter library; nothing is recorded until the operations layer installs its own.
 */
public interface RunMeters {
  RunMeters NONE = new RunMeters() {};

  /** A probe was computed in {@code nanos} (eigenvalues, norms and grids of one step). */
  default void probeTaken(long nanos) {}

  /** A page showed a probe {@code nanos} after it was taken: the heatmap's update latency. */
  default void pageUpdated(long nanos) {}
}
