package gradflow.task;

/**
 * The loss a task's targets are meant for, with the averaging convention that every baseline in
 * this package assumes.
 */
public enum LossKind {
  /**
   * Mean squared error: the mean, over the batch, the loss steps and the outputs, of (y -
   * target)^2, with no factor 1/2. This is {@link gradflow.engine.Batch.Regression}.
   */
  MSE,
  /**
   * Softmax cross-entropy in nats: the mean, over the batch and the loss steps, of -ln p(target).
   * This is {@link gradflow.engine.Batch.Classification}.
   */
  CROSS_ENTROPY
}
