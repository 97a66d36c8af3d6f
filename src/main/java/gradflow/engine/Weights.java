package gradflow.engine;

/**
 * One parameter matrix of a {@link Network}, copied out of the engine so that an export can rebuild
 * the very same network elsewhere (the PyTorch script loads these numbers instead of drawing its
 * own).
 *
 * @param layer the layer the matrix belongs to (its cell or its connection), or {@link #READOUT}
 * @param name the matrix's name in its class's equations: {@code Wx, Wh, b} (rnn, lstm, gru),
 *     {@code W, b} (dense), {@code P} (residual and highway projection), {@code WT, bT} (highway
 *     gate), {@code Wo, bo} (readout); unique within a layer
 * @param values row by row, {@code rows x cols}
 */
public record Weights(int layer, String name, int rows, int cols, double[] values) {
  /** The {@code layer} of the readout's matrices. */
  public static final int READOUT = -1;

  static Weights of(int layer, Param p) {
    return new Weights(layer, p.name, p.value.numRows, p.value.numCols, p.v().clone());
  }
}
