package gradflow.task;

import gradflow.engine.Batch;

/**
 * A synthetic task: it generates the batches a network trains on and knows the loss of a network
 * that has learned nothing useful (its chance-level baseline).
 *
 * <p>Batches are a pure function of (seed, step): two runs with the same seed see identical
 * batches, and a run can regenerate the batch of any step. Instances are immutable and safe to
 * share between threads.
 */
public interface Task {

  TaskKind kind();

  /**
   * The spec's {@code task.length}; what it counts depends on the kind (see {@link
   * TaskKind#lengthMeaning()}).
   */
  int length();

  /** The number of time steps T of every batch, {@code batch(...).inputs().length}. */
  int sequenceLength();

  /** The width of each input x_t. */
  int inputSize();

  /**
   * The width of the readout: the number of outputs for {@link LossKind#MSE}, of classes for
   * cross-entropy.
   */
  int outputSize();

  LossKind lossKind();

  /** The time steps (ascending, 0-based) at which the loss is taken; the same for every batch. */
  int[] lossSteps();

  /**
   * The expected loss of the best predictor that sees nothing of the input but the time step, with
   * the averaging convention of {@link #lossKind()}. A curve that stays here has learned nothing.
   */
  double baseline();

  /**
   * The batch of training step {@code step} of a run seeded with {@code seed}.
   *
   * @param batchSize the number of sequences, at least 1
   */
  Batch batch(int batchSize, long seed, long step);
}
