package gradflow.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * One batch of sequences, as a task hands it to the engine.
 *
 * @param inputs {@code inputs[t]} is the input x_t at time step t, shape (batch x inputSize); the array's length
 *     is the sequence length T
 * @param target what the loss compares the readout with, and at which steps
 */
public record Batch(DMatrixRMaj[] inputs, Target target) {

  public Batch {
    if (inputs.length == 0) {
      throw new IllegalArgumentException("a batch needs at least one time step");
    }
  }

  public int length() {
    return inputs.length;
  }

  public int batchSize() {
    return inputs[0].numRows;
  }

  public int inputSize() {
    return inputs[0].numCols;
  }

  /** Where the loss is taken and what it compares the readout with. */
  public sealed interface Target permits Regression, Classification {
    /** The time steps (ascending, 0-based) at which the loss is taken. */
    int[] steps();
  }

  /**
   * Mean squared error at the given steps.
   *
   * @param values {@code values[k]} is the target at {@code steps[k]}, shape (batch x outputSize)
   */
  public record Regression(int[] steps, DMatrixRMaj[] values) implements Target {}

  /**
   * Softmax cross-entropy at the given steps.
   *
   * @param labels {@code labels[k][b]} is the class index of sequence b at {@code steps[k]}, in [0, classes)
   */
  public record Classification(int[] steps, int[][] labels, int classes) implements Target {}
}
