package gradflow.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import gradflow.engine.CellKind;

/**
 * One layer of the stack. Settings that a cell does not use are null and left out of the JSON:
 * {@code activation} belongs to rnn and dense, {@code forgetGate} and {@code forgetBias} to lstm
 * ({@code forgetBias} only while the forget gate is on). A spec that sets one anyway is accepted
 * with a warning and keeps it.
 *
 * @param hidden the width of h_t
 * @param forgetGate false gives the 1997 LSTM without a forget gate (f_t = 1)
 * @param forgetBias the forget gate's initial bias; 1 following Jozefowicz et al. (2015)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerSpec(
    Cell cell, int hidden, Activation activation, Boolean forgetGate, Double forgetBias) {

  /**
   * A layer kind: the spec's name for one of the engine's {@link CellKind}s, which knows the rest
   * (gates, recurrent blocks, paper). One line per cell.
   */
  public enum Cell implements Choice {
    RNN(CellKind.RNN),
    LSTM(CellKind.LSTM),
    GRU(CellKind.GRU),
    /** Independently recurrent: a vector u instead of the matrix W_h. */
    INDRNN(CellKind.INDRNN),
    /** A feed-forward layer applied at every time step: no recurrent matrix. */
    DENSE(CellKind.DENSE);

    private final CellKind kind;

    Cell(CellKind kind) {
      this.kind = kind;
    }

    /** What the engine knows about this cell. */
    public CellKind kind() {
      return kind;
    }

    /** True when the cell has a recurrent matrix W_h. */
    public boolean isRecurrent() {
      return kind.isRecurrent();
    }
  }

  /** The non-linearity of rnn and dense layers. */
  public enum Activation implements Choice {
    TANH,
    RELU,
    SIGMOID,
    IDENTITY
  }
}
