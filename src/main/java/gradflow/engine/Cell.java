package gradflow.engine;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A layer's cell, run over a whole sequence at once. Every time-indexed buffer is stacked by time:
 * row block t of a (T·B x n) matrix is step t's (B x n) matrix, so one product can serve all steps
 * where no recurrence is involved (the input products and the weight gradients), and slices of it
 * serve the recurrence.
 *
 * <p>Protocol: {@link #resize} fixes T and B (no allocation once the buffers are large enough),
 * {@link #forward} fills {@link #h}; before {@link #backward} the stack writes the gradient
 * arriving from above (depth and skip paths, readout) into {@link #dh}; backward adds the path
 * through time in place, so that on return {@code dh} holds the total derivative dL/dh_t that the
 * probe reports, and accumulates the parameter gradients and dL/dx into {@code dx}.
 */
abstract class Cell {
  final Kernels k;
  final int in;
  final int hidden;
  int steps;
  int batch;

  /** h_t stacked (T·B x H). */
  final DMatrixRMaj h = new DMatrixRMaj(1, 1);

  /** dL/dh_t stacked (T·B x H): the depth part before backward, the total after. */
  final DMatrixRMaj dh = new DMatrixRMaj(1, 1);

  /**
   * Told of each step's state as soon as the step has computed it, before anything reads it: a
   * finite-difference check nudges one entry there, so that it sees every path leaving that state.
   * Nothing by default.
   */
  @FunctionalInterface
  interface StateHook {
    StateHook NONE = (state, t, data) -> {};

    /**
     * Step t has computed its {@code state}; {@code data} is the whole stacked buffer (T·B x H),
     * whose rows [t·B, (t+1)·B) are step t's.
     */
    void computed(State state, int t, double[] data);
  }

  /** Which state a {@link StateHook} is told of. */
  enum State {
    /** h_t. */
    HIDDEN,
    /** c_t, for cells with a cell state. */
    CELL
  }

  StateHook stateHook = StateHook.NONE;

  /**
   * Asked at every time step of forward and backward: true when the step must stop now. Set by the
   * network that owns the cell.
   */
  java.util.function.BooleanSupplier interrupted = () -> false;

  /** Throws {@link StepInterrupted} when the step was asked to stop: called once per time step. */
  final void checkInterrupt() {
    if (interrupted.getAsBoolean()) {
      throw new StepInterrupted();
    }
  }

  Cell(Kernels k, int in, int hidden) {
    this.k = k;
    this.in = in;
    this.hidden = hidden;
  }

  abstract List<Param> params();

  void resize(int steps, int batch) {
    this.steps = steps;
    this.batch = batch;
    h.reshape(steps * batch, hidden);
    dh.reshape(steps * batch, hidden);
    resizeWork(steps * batch);
  }

  abstract void resizeWork(int rows);

  /** Runs the sequence x (T·B x in). */
  abstract void forward(DMatrixRMaj x);

  /** Backpropagates through time; dx (T·B x in) is accumulated into, or skipped when null. */
  abstract void backward(DMatrixRMaj x, DMatrixRMaj dx);

  /** Columns of the cell's fused product: H times the number of gate blocks. */
  int productColumns() {
    return hidden;
  }

  /**
   * What measuring this cell's derivations' quantities costs a probe, in the cell's own training
   * steps: the most that the engine benchmark measured for its kind at any size (the 2-core build
   * machine, December 2026), so that the cadence built on it keeps to its budget.
   */
  double derivationsInSteps() {
    return 0;
  }

  /** How many H x H recurrent matrices {@link #spectra} decomposes: 0 for diagonal or none. */
  int matrixBlocks() {
    return 0;
  }

  /**
   * The Frobenius norm of the recurrent matrices that {@link #spectra} decomposes (all blocks
   * together), a cheap measure of how far they have moved; 0 when there are none.
   */
  double recurrentNorm() {
    return 0;
  }

  /** The eigenvalues of each recurrent matrix (gate block); empty for feed-forward cells. */
  Spectrum[] spectra() {
    return new Spectrum[0];
  }

  /** dL/dc_t stacked (T·B x H) after backward, for cells with a cell state; null otherwise. */
  DMatrixRMaj dc() {
    return null;
  }

  /** f_t averaged over batch and units, per step; null for cells without a cell state. */
  double[] forgetGateMeans() {
    return null;
  }

  /**
   * [t]: ‖(∂L/∂W_h)|_t‖, the Frobenius norm of step t's share h_{t−1}ᵀ δz_t of the recurrent weight
   * gradient dW_h = Σ_t h_{t−1}ᵀ δz_t, read off the last backward pass's buffers (0 at t = 0, where
   * h_{−1} = 0); null for cells without recurrence.
   */
  double[] stepWeightGrad() {
    return null;
  }

  /**
   * The step Jacobian diag(σ′) W_h measured on the last backward pass; null unless rnn or indrnn.
   */
  StepJacobian stepJacobian(Spectrum[] spectra) {
    return null;
  }

  /** The four terms of ∂c_t/∂c_{t−1} on the last backward pass; null unless lstm. */
  CellTerms cellTerms() {
    return null;
  }

  /** The last step's gradient in W_h's eigenvectors; null unless a vanilla rnn. */
  GradientModes gradientModes(Spectrum[] spectra) {
    return null;
  }

  /** Square roots in place, for norms summed as squares. */
  static double[] roots(double[] sq) {
    for (int i = 0; i < sq.length; i++) {
      sq[i] = Math.sqrt(sq[i]);
    }
    return sq;
  }

  /**
   * The batch mean of ‖sent_r‖ / ‖dh_t,r‖ over the rows r with a gradient, where sent (B x H) is
   * what step t sent back to h_{t−1}: the gain of step t's Jacobian on the gradient that flowed.
   */
  final double gain(int t, double[] sent) {
    return gain(t, sent, 0);
  }

  /** {@link #gain(int, double[])} with step t's (B x H) block of sent at {@code off}. */
  final double gain(int t, double[] sent, int off) {
    double sum = 0;
    int rows = 0;
    for (int r = 0; r < batch; r++) {
      int o = (t * batch + r) * hidden;
      double in = 0;
      double out = 0;
      for (int j = 0; j < hidden; j++) {
        in += dh.data[o + j] * dh.data[o + j];
        out += sent[off + r * hidden + j] * sent[off + r * hidden + j];
      }
      if (in > 0) {
        sum += Math.sqrt(out / in);
        rows++;
      }
    }
    return rows == 0 ? 0 : sum / rows;
  }

  /** Step t has computed h_t. */
  final void computedH(int t) {
    stateHook.computed(State.HIDDEN, t, h.data);
  }

  static void addBias(double[] out, int off, int rows, int cols, double[] b) {
    for (int r = 0; r < rows; r++) {
      int o = off + r * cols;
      for (int j = 0; j < cols; j++) {
        out[o + j] += b[j];
      }
    }
  }

  /** Every row of out[off, off + rows·cols) ← b: the bias, before a product accumulates onto it. */
  static void fillRows(double[] out, int off, int rows, int cols, double[] b) {
    for (int r = 0; r < rows; r++) {
      System.arraycopy(b, 0, out, off + r * cols, cols);
    }
  }

  static void addColumnSums(double[] src, int off, int rows, int cols, double[] dst) {
    for (int r = 0; r < rows; r++) {
      int o = off + r * cols;
      for (int j = 0; j < cols; j++) {
        dst[j] += src[o + j];
      }
    }
  }

  /** The (B·T x n) matrix m, reshaped only when its size changed. */
  static void fit(DMatrixRMaj m, int rows, int cols) {
    if (m.numRows != rows || m.numCols != cols) {
      m.reshape(rows, cols);
    }
  }
}
