package gradflow.engine;

import java.util.Locale;

/** The cells of DESIGN.md's spec field {@code cell}. */
public enum CellKind {
  RNN,
  LSTM,
  GRU,
  DENSE;

  /** Parses the spec's lower-case name ({@code rnn | lstm | gru | dense}). */
  public static CellKind parse(String name) {
    return Names.parse(CellKind.class, "cell", name);
  }

  /** The spec's name of this cell. */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
