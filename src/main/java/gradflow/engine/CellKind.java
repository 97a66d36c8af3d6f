package gradflow.engine;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cells of DESIGN.md's spec field {@code cell}, each with everything the rest of GradFlow asks
 * about it: how many gate blocks its fused products have, its recurrent blocks and which of them
 * predicts the gradient's decay, what backpropagation keeps per unit, its paper and its equations.
 * Adding a cell is its class plus one constant here; the validator, the memory estimate, the
 * network, the charts and the builder read this table instead of matching names.
 */
public enum CellKind {
  RNN(
      "RNN",
      1,
      Recurrence.MATRIX,
      List.of(new Block("Wh", "W_h", true)),
      6,
      "pascanu2013",
      "h_t = \\sigma(x_t W_x + h_{t-1} W_h + b)",
      RnnCell::new),
  LSTM(
      "LSTM",
      4,
      Recurrence.MATRIX,
      List.of(
          new Block("Wh_i", "W_{h,i}", false),
          new Block("Wh_f", "W_{h,f}", false),
          new Block("Wh_o", "W_{h,o}", false),
          new Block("Wh_g", "W_{h,g}", true)),
      22,
      "hochreiter1997",
      "\\begin{aligned} i_t, f_t, o_t &= \\operatorname{sigm}(x_t W_{x,\\ast} + h_{t-1}"
          + " W_{h,\\ast} + b_\\ast) \\\\ g_t &= \\tanh(x_t W_{x,g} + h_{t-1} W_{h,g} + b_g) \\\\"
          + " c_t &= f_t \\odot c_{t-1} + i_t \\odot g_t \\\\ h_t &= o_t \\odot \\tanh(c_t)"
          + " \\end{aligned}",
      LstmCell::new),
  GRU(
      "GRU",
      3,
      Recurrence.MATRIX,
      List.of(
          new Block("Wh_u", "W_{h,u}", false),
          new Block("Wh_r", "W_{h,r}", false),
          new Block("Wh_g", "W_{h,g}", true)),
      12,
      "cho2014",
      "\\begin{aligned} u_t, r_t &= \\operatorname{sigm}(x_t W_{x,\\ast} + h_{t-1} W_{h,\\ast}"
          + " + b_\\ast) \\\\ g_t &= \\tanh(x_t W_{x,g} + (r_t \\odot h_{t-1}) W_{h,g} + b_g)"
          + " \\\\ h_t &= u_t \\odot h_{t-1} + (1 - u_t) \\odot g_t \\end{aligned}",
      GruCell::new),
  /** A feed-forward layer applied at every time step: no recurrent matrix. */
  DENSE(
      "FF",
      1,
      Recurrence.NONE,
      List.of(),
      6,
      "rumelhart1986",
      "h_t = \\sigma(x_t W + b)",
      (k, in, c, scheme, rho, rng) -> new DenseCell(k, in, c, scheme, rng)),
  /** Each unit sees only its own past, through one recurrent weight u_j. */
  INDRNN(
      "IndRNN",
      1,
      Recurrence.DIAGONAL,
      List.of(new Block("u", "u", true)),
      6,
      "li2018",
      "h_t = \\sigma(x_t W_x + u \\odot h_{t-1} + b)",
      IndRnnCell::new);

  /** How a cell's state at t−1 enters step t. */
  public enum Recurrence {
    /** Not at all: a feed-forward layer. */
    NONE,
    /** Through a full H x H matrix per recurrent block. */
    MATRIX,
    /** Through a vector, unit by unit (IndRNN): its eigenvalues are its entries. */
    DIAGONAL
  }

  /**
   * One recurrent block: the square matrix (or vector) that multiplies h_{t−1} for one gate.
   *
   * @param name as in {@link Spectrum#block()} and the probes, e.g. {@code Wh_g}
   * @param tex its symbol in TeX, e.g. {@code W_{h,g}}
   * @param predicts whether its spectral radius ρ gives the chart's prediction ρ^ℓ of the decay:
   *     the block that plays W_h's part (the candidate's for gated cells; the gates only scale the
   *     path)
   */
  public record Block(String name, String tex, boolean predicts) {}

  /** Builds the cell of a layer; {@code rho} scales the recurrent blocks (null: leave as drawn). */
  @FunctionalInterface
  interface Factory {
    Cell create(
        Kernels k, int in, LayerConfig c, InitScheme scheme, Double rho, SplittableRandom rng);
  }

  private final String shortName;
  private final int blocks;
  private final Recurrence recurrence;
  private final List<Block> recurrentBlocks;
  private final int keptPerUnit;
  private final String paper;
  private final String equations;
  private final Factory factory;

  CellKind(
      String shortName,
      int blocks,
      Recurrence recurrence,
      List<Block> recurrentBlocks,
      int keptPerUnit,
      String paper,
      String equations,
      Factory factory) {
    this.shortName = shortName;
    this.blocks = blocks;
    this.recurrence = recurrence;
    this.recurrentBlocks = recurrentBlocks;
    this.keptPerUnit = keptPerUnit;
    this.paper = paper;
    this.equations = equations;
    this.factory = factory;
  }

  /** Parses the spec's lower-case name ({@code rnn | lstm | gru | dense | …}). */
  public static CellKind parse(String name) {
    return Names.parse(CellKind.class, "cell", name);
  }

  /** The spec's name of this cell. */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Its name in every language, for a diagram's box: "LSTM". */
  public String shortName() {
    return shortName;
  }

  /**
   * The H-wide blocks of its fused input product x_t W_x, one per gate and candidate (4 for the
   * LSTM): the cost of a step and the size of its weights scale with it.
   */
  public int blocks() {
    return blocks;
  }

  /** How h_{t−1} enters step t. */
  public Recurrence recurrence() {
    return recurrence;
  }

  /** True when the cell carries a state through time. */
  public boolean isRecurrent() {
    return recurrence != Recurrence.NONE;
  }

  /** Its recurrent blocks, in the order of the probe's spectra; empty for a feed-forward cell. */
  public List<Block> recurrentBlocks() {
    return recurrentBlocks;
  }

  /** The number of recurrent weights of a layer of {@code hidden} units. */
  public double recurrentWeights(double hidden) {
    return switch (recurrence) {
      case NONE -> 0;
      case MATRIX -> recurrentBlocks.size() * hidden * hidden;
      case DIAGONAL -> recurrentBlocks.size() * hidden;
    };
  }

  /**
   * About how many numbers per unit, time step and sequence backpropagation through time keeps
   * (activations, gates, their gradients): what bounds a run's memory.
   */
  public int keptPerUnit() {
    return keptPerUnit;
  }

  /** The id of its paper, as in the explanations' {@code paper.<id>}. */
  public String paper() {
    return paper;
  }

  /** Its forward equations in TeX, in the notation of DESIGN.md and the cell's javadoc. */
  public String equations() {
    return equations;
  }

  /** The recurrent block of any cell with this name, e.g. {@code Wh_g}. */
  public static java.util.Optional<Block> block(String name) {
    for (CellKind kind : values()) {
      for (Block b : kind.recurrentBlocks) {
        if (b.name().equals(name)) {
          return java.util.Optional.of(b);
        }
      }
    }
    return java.util.Optional.empty();
  }

  Cell create(
      Kernels k, int in, LayerConfig c, InitScheme scheme, Double rho, SplittableRandom rng) {
    return factory.create(k, in, c, scheme, rho, rng);
  }
}
