package gradflow.task;

import org.ejml.data.DMatrixRMaj;

/** One-hot encoding of symbol sequences. */
final class OneHot {
  private OneHot() {}

  /**
   * Inputs for {@code symbols[t][b]}, the symbol of sequence b at step t; a negative symbol leaves
   * that row all zero.
   */
  static DMatrixRMaj[] sequence(int[][] symbols, int width) {
    DMatrixRMaj[] inputs = new DMatrixRMaj[symbols.length];
    for (int t = 0; t < symbols.length; t++) {
      inputs[t] = new DMatrixRMaj(symbols[t].length, width);
      for (int b = 0; b < symbols[t].length; b++) {
        if (symbols[t][b] >= 0) {
          inputs[t].set(b, symbols[t][b], 1.0);
        }
      }
    }
    return inputs;
  }
}
