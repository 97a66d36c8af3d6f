package gradflow.engine;

/**
 * Thrown out of a training step that was asked to stop ({@link Trainer#interrupt()}): a big step
 * (64 wide layers over a thousand time steps) lasts tens of seconds, and a cancel must not wait for
 * its end. The network is then half-way through a pass and must not be trained further.
 */
public final class StepInterrupted extends RuntimeException {
  StepInterrupted() {
    super("the step was interrupted", null, false, false);
  }
}
