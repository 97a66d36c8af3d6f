package gradflow.engine;

import java.util.Objects;

/**
 * One layer of a stack, as in DESIGN.md's {@code layers[]}.
 *
 * @param cell rnn | lstm | gru | dense
 * @param hidden the number of units H, in [1, {@value #MAX_HIDDEN}]
 * @param activation σ of rnn and dense cells (ignored by lstm and gru)
 * @param forgetGate lstm only: false gives the 1997 LSTM, c_t = c_{t−1} + i_t ⊙ g_t
 * @param forgetBias lstm only: the forget gate's initial bias (1.0 as in Jozefowicz et al. 2015),
 *     |b| ≤ 50
 */
public record LayerConfig(
    CellKind cell, int hidden, Activation activation, boolean forgetGate, double forgetBias) {

  public static final int MAX_HIDDEN = 1024;

  public LayerConfig {
    Objects.requireNonNull(cell, "cell");
    if (hidden < 1 || hidden > MAX_HIDDEN) {
      throw new IllegalArgumentException(
          "hidden must be in [1, " + MAX_HIDDEN + "], not " + hidden);
    }
    if (activation == null) {
      activation = Activation.TANH;
    }
    if (!Double.isFinite(forgetBias) || Math.abs(forgetBias) > 50) {
      throw new IllegalArgumentException(
          "forgetBias must be finite and within [-50, 50], not " + forgetBias);
    }
  }

  public static LayerConfig rnn(int hidden, Activation activation) {
    return new LayerConfig(CellKind.RNN, hidden, activation, true, 0.0);
  }

  /** An LSTM with the forget gate of Gers et al. 2000 and bias 0. */
  public static LayerConfig lstm(int hidden) {
    return new LayerConfig(CellKind.LSTM, hidden, Activation.TANH, true, 0.0);
  }

  public static LayerConfig lstm(int hidden, boolean forgetGate, double forgetBias) {
    return new LayerConfig(CellKind.LSTM, hidden, Activation.TANH, forgetGate, forgetBias);
  }

  public static LayerConfig gru(int hidden) {
    return new LayerConfig(CellKind.GRU, hidden, Activation.TANH, true, 0.0);
  }

  public static LayerConfig dense(int hidden, Activation activation) {
    return new LayerConfig(CellKind.DENSE, hidden, activation, true, 0.0);
  }
}
