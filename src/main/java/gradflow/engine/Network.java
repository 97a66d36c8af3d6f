package gradflow.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * A stack of layers (cell + connection) with a linear readout, built from a {@link NetworkConfig}:
 * exact forward pass and backpropagation through time and depth. All random numbers come from one
 * {@link SplittableRandom} seeded by the config, drawn in a fixed order, so a config always gives
 * the same weights.
 *
 * <p>Not thread-safe: one network belongs to one training run.
 */
public final class Network {
  /** Set from another thread to stop the step under way; see {@link StepInterrupted}. */
  private volatile boolean interrupt;

  void interrupt() {
    interrupt = true;
  }

  private boolean interruptRequested() {
    return interrupt;
  }

  final NetworkConfig config;
  final Kernels kernels;
  final Cell[] cells;
  final Connection[] stack;
  final Readout readout;

  /** Every parameter in a fixed order: layer by layer (cell, then connection), readout last. */
  final List<Param> params;

  /** layerParams.get(l): the parameters of layer l (cell and connection). */
  final List<List<Param>> layerParams;

  /**
   * The most numbers one stacked buffer may hold (512 MB of doubles; also keeps every index an
   * int).
   */
  public static final int MAX_BUFFER = 1 << 26;

  private final DMatrixRMaj x = new DMatrixRMaj(1, 1);

  /**
   * The widest stacked buffer's columns: gates·hidden, a dense connection's input, or the readout.
   */
  private final int widest;

  private final DMatrixRMaj[] inputs;
  private int steps = -1;
  private int batch = -1;
  private boolean forwardDone;

  /** Builds the network with the kernels this JVM can run. */
  public Network(NetworkConfig config) {
    this(config, Kernels.DEFAULT);
  }

  Network(NetworkConfig config, Kernels kernels) {
    this.config = config;
    this.kernels = kernels;
    SplittableRandom rng = new SplittableRandom(config.seed());
    int L = config.layers().size();
    cells = new Cell[L];
    stack = new Connection[L];
    inputs = new DMatrixRMaj[L];
    List<Param> all = new ArrayList<>();
    List<List<Param>> perLayer = new ArrayList<>();
    int denseIn = config.inputSize();
    for (int l = 0; l < L; l++) {
      LayerConfig lc = config.layers().get(l);
      int in =
          switch (config.connection()) {
            case DENSE -> denseIn;
            default -> l == 0 ? config.inputSize() : config.layers().get(l - 1).hidden();
          };
      Cell cell = lc.cell().create(kernels, in, lc, config.init(), config.spectralRadius(), rng);
      Connection conn =
          switch (config.connection()) {
            case PLAIN -> new PlainConnection(kernels, cell, in);
            case RESIDUAL -> new ResidualConnection(kernels, cell, in, config.init(), rng);
            case DENSE -> new DenseConnection(kernels, cell, in, config.inputSize());
            case HIGHWAY ->
                new HighwayConnection(kernels, cell, in, config.init(), config.highwayBias(), rng);
          };
      cell.interrupted = this::interruptRequested;
      cells[l] = cell;
      stack[l] = conn;
      List<Param> lp = new ArrayList<>(cell.params());
      lp.addAll(conn.params());
      perLayer.add(Collections.unmodifiableList(lp));
      all.addAll(lp);
      denseIn += lc.hidden();
    }
    int w = Math.max(config.inputSize(), config.outputSize());
    for (int l = 0; l < L; l++) {
      w = Math.max(w, Math.max(stack[l].inSize, 4 * cells[l].hidden));
    }
    widest = w;
    readout = new Readout(kernels, config.layers().get(L - 1).hidden(), config.outputSize(), rng);
    all.addAll(readout.params());
    params = Collections.unmodifiableList(all);
    layerParams = Collections.unmodifiableList(perLayer);
  }

  public NetworkConfig config() {
    return config;
  }

  /** The number of layers. */
  public int depth() {
    return cells.length;
  }

  /**
   * A copy of every parameter, layer by layer (cell, then connection) and the readout last: for an
   * export that rebuilds this network outside the engine with the same numbers.
   */
  public List<Weights> weights() {
    List<Weights> out = new ArrayList<>();
    for (int l = 0; l < layerParams.size(); l++) {
      for (Param p : layerParams.get(l)) {
        out.add(Weights.of(l, p));
      }
    }
    for (Param p : readout.params()) {
      out.add(Weights.of(Weights.READOUT, p));
    }
    return out;
  }

  /** The number of trainable numbers. */
  public long parameterCount() {
    long n = 0;
    for (Param p : params) {
      n += p.size();
    }
    return n;
  }

  /**
   * Checks that the batch fits this network; throws IllegalArgumentException naming what does not.
   */
  void check(Batch b) {
    if (b.inputSize() != config.inputSize()) {
      throw new IllegalArgumentException(
          "batch inputSize is " + b.inputSize() + " but the network expects " + config.inputSize());
    }
    int T = b.length();
    int B = b.batchSize();
    if ((long) T * B * widest > MAX_BUFFER) {
      throw new IllegalArgumentException(
          "length x batchSize x width = "
              + T
              + " x "
              + B
              + " x "
              + widest
              + " exceeds the engine's buffer limit of "
              + MAX_BUFFER
              + " numbers");
    }
    for (int t = 0; t < T; t++) {
      if (b.inputs()[t].numRows != B || b.inputs()[t].numCols != config.inputSize()) {
        throw new IllegalArgumentException(
            "batch inputs[" + t + "] must be " + B + " x " + config.inputSize());
      }
    }
    int[] s = b.target().steps();
    if (s.length == 0) {
      throw new IllegalArgumentException("target steps must name at least one step");
    }
    for (int q = 0; q < s.length; q++) {
      if (s[q] < 0 || s[q] >= T || (q > 0 && s[q] <= s[q - 1])) {
        throw new IllegalArgumentException(
            "target steps must be ascending within [0, " + (T - 1) + "]");
      }
    }
    switch (b.target()) {
      case Batch.Regression r -> {
        if (r.values().length != s.length) {
          throw new IllegalArgumentException("target values must hold one matrix per loss step");
        }
        for (DMatrixRMaj v : r.values()) {
          if (v.numRows != B || v.numCols != config.outputSize()) {
            throw new IllegalArgumentException(
                "target values must be " + B + " x " + config.outputSize());
          }
        }
      }
      case Batch.Classification c -> {
        if (c.classes() != config.outputSize()) {
          throw new IllegalArgumentException(
              "target classes is " + c.classes() + " but outputSize is " + config.outputSize());
        }
        if (c.labels().length != s.length) {
          throw new IllegalArgumentException("target labels must hold one row per loss step");
        }
        for (int[] row : c.labels()) {
          if (row.length != B) {
            throw new IllegalArgumentException(
                "target labels must hold " + B + " labels per loss step");
          }
          for (int label : row) {
            if (label < 0 || label >= c.classes()) {
              throw new IllegalArgumentException(
                  "target label " + label + " is outside [0, " + c.classes() + ")");
            }
          }
        }
      }
    }
  }

  /** Runs the batch forward and returns the loss; gradients are left untouched. */
  double forward(Batch b) {
    check(b);
    int T = b.length();
    int B = b.batchSize();
    int I = config.inputSize();
    if (T != steps || B != batch) {
      steps = T;
      batch = B;
      x.reshape(T * B, I);
      for (int l = 0; l < cells.length; l++) {
        cells[l].resize(T, B);
        stack[l].resize(T * B);
      }
    }
    for (int t = 0; t < T; t++) {
      System.arraycopy(b.inputs()[t].data, 0, x.data, t * B * I, B * I);
    }
    for (int l = 0; l < cells.length; l++) {
      cells[l].checkInterrupt();
      DMatrixRMaj u = stack[l].input(x, stack, l);
      inputs[l] = u;
      cells[l].forward(u);
      stack[l].forward(u);
    }
    forwardDone = true;
    return readout.forward(stack[cells.length - 1].y(), B, b.target());
  }

  /** Sets every gradient to zero. */
  void zeroGrad() {
    for (Param p : params) {
      java.util.Arrays.fill(p.g(), 0.0);
    }
  }

  /** Backpropagates the last forward pass, accumulating into the parameter gradients. */
  void backward() {
    backward(false);
  }

  private double[] depthGain;

  /** Whether a probe measures the derivations' quantities; see {@link Trainer#derivations}. */
  boolean derivations = true;

  /**
   * Backpropagates the last forward pass; with {@code measure} it also measures each layer's depth
   * gain (see {@link Probe#depthGain}), which changes no number of the pass.
   */
  void backward(boolean measure) {
    if (!forwardDone) {
      throw new IllegalStateException("backward needs a forward pass first");
    }
    int L = cells.length;
    for (Connection c : stack) {
      c.zeroGrads();
    }
    depthGain = measure ? new double[L] : null;
    readout.backward(stack[L - 1].y(), stack[L - 1].dy());
    for (int l = L - 1; l >= 0; l--) {
      cells[l].checkInterrupt();
      // Before the cell adds its time path: for plain and dense stacks dy is the cell's dh.
      double above = measure ? meanRowNorm(stack[l].dy(), 0, cells[l].hidden) : 0;
      DMatrixRMaj du = stack[l].inputGrad(stack, l);
      stack[l].backward(inputs[l], du);
      cells[l].backward(inputs[l], du);
      if (measure) {
        // du_l holds this layer's share only: below, nothing else has written to it yet. Of a
        // dense connection's concatenated input, h_{l−1} is the last block.
        depthGain[l] =
            du == null || !(above > 0)
                ? Double.NaN
                : meanRowNorm(du, du.numCols - cells[l - 1].hidden, cells[l - 1].hidden) / above;
      }
      stack[l].scatter(stack, l);
    }
  }

  /**
   * Nanoseconds per n³ of one eigendecomposition (EJML's general eig, 64 ≤ n ≤ 256) over
   * nanoseconds per multiply-add of a step's products: 7.7–15 ns against 0.035–0.056 ns on the
   * 2-core build machine (December 2026), both measured warm; the ratio came out 214–285 for rnn
   * H64, lstm H64 and lstm H256 (the engine benchmark's probe line, whole steps timed).
   */
  static final double EIG_PER_MULTIPLY_ADD = 260;

  /** The n² term of the decomposition's cost, in rows of n³: 32 n² doubles the cost at n = 32. */
  static final double SMALL_MATRIX_ROWS = 32;

  /**
   * What decomposing every recurrent matrix costs, in training steps of T steps and B rows: Σ n³
   * over the matrix blocks against the step's three passes of products (forward, backward to the
   * states, weight gradients), T·B·(in + H)·G·H multiply-adds each per layer. A cost model, not a
   * clock, so that which probes get fresh eigenvalues depends on the network alone.
   */
  double spectraInSteps(int T, int B) {
    if (cubes() <= SMALL_SPECTRA_CUBES) {
      return 0;
    }
    double eig = 0;
    double step = 0;
    for (int l = 0; l < cells.length; l++) {
      Cell c = cells[l];
      double n = c.hidden;
      // A small matrix costs more per n³ (the decomposition's fixed work per row and column):
      // measured 19 ns per n³ at n = 32, 9–10 at 64, 7.7 at 128 and 256.
      eig += c.matrixBlocks() * (n * n * n + SMALL_MATRIX_ROWS * n * n);
      step += 3.0 * T * B * products(l);
    }
    return step == 0 ? 0 : EIG_PER_MULTIPLY_ADD * eig / step;
  }

  /** [l]: each layer's {@link Cell#recurrentNorm}. */
  double[] recurrentNorms() {
    double[] out = new double[cells.length];
    for (int l = 0; l < cells.length; l++) {
      out[l] = cells[l].recurrentNorm();
    }
    return out;
  }

  /**
   * What measuring the derivations' quantities costs a probe, in training steps: each cell's {@link
   * Cell#derivationsInSteps}, weighted by its share of the step's products.
   */
  double derivationsInSteps() {
    double cost = 0;
    double step = 0;
    for (int l = 0; l < cells.length; l++) {
      cost += cells[l].derivationsInSteps() * products(l);
      step += products(l);
    }
    return step == 0 ? 0 : cost / step;
  }

  /**
   * Multiply-adds per row and time step of layer l's fused product, (in + H) x G·H for a recurrent
   * cell, in x H for a feed-forward one: what its step costs, up to T·B and the three passes.
   */
  private double products(int l) {
    Cell c = cells[l];
    return (double) (stack[l].inSize + (c.matrixBlocks() > 0 ? c.hidden : 0)) * c.productColumns();
  }

  /**
   * Σ n³ below which the decompositions take under a tenth of a millisecond (one 20 x 20 matrix),
   * decomposed at every probe however cheap the steps. Above it the budget holds at every size: a
   * lesson's RNN of 32 units, whose 32 x 32 decomposition (0.3–0.6 ms) costs more than its step,
   * gets fresh eigenvalues every 17 probes at a probe every 10 steps.
   */
  static final double SMALL_SPECTRA_CUBES = 8_000;

  /** Σ n³ over every recurrent matrix block. */
  private double cubes() {
    double sum = 0;
    for (Cell c : cells) {
      sum += c.matrixBlocks() * Math.pow(c.hidden, 3);
    }
    return sum;
  }

  /** u_l, the input layer l read on the last forward pass. */
  DMatrixRMaj input(int l) {
    return inputs[l];
  }

  /** [l]: what the last measuring backward pass found; see {@link Probe#depthGain}. */
  double[] depthGain() {
    return depthGain;
  }

  /** The mean over the rows of m of the L2 norm of columns [col, col + width). */
  private static double meanRowNorm(DMatrixRMaj m, int col, int width) {
    return ProbeRecorder.meanRowNorm(m.data, 0, m.numRows, m.numCols, col, width);
  }
}
