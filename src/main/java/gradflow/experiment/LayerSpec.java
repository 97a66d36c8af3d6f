package gradflow.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;

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

  /** A layer kind. */
  public enum Cell implements Choice {
    RNN("rnn", true),
    LSTM("lstm", true),
    GRU("gru", true),
    /** A feed-forward layer applied at every time step: no recurrent matrix. */
    DENSE("dense", false);

    private final String id;
    private final boolean recurrent;

    Cell(String id, boolean recurrent) {
      this.id = id;
      this.recurrent = recurrent;
    }

    @Override
    public String id() {
      return id;
    }

    /** True when the cell has a recurrent matrix W_h. */
    public boolean isRecurrent() {
      return recurrent;
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
