package gradflow.engine;

/**
 * What one probe measures, field for field DESIGN.md's probe contract. Taken on a training step's
 * own forward and backward pass, before clipping and before the update, so that taking it changes
 * nothing.
 *
 * <p>Which hidden state: {@code hiddenGrad[l][t]} is about h_t of layer l's cell, the state its
 * equations call h_t (for rnn, lstm and gru the state that recurs; for dense the layer's
 * activation). It is the total derivative dL/dh_t through every path: later time steps of the same
 * layer, the layers above (through the connection: y = h for plain and dense, y = h + u P for
 * residual, y = T ⊙ h + (1 − T) ⊙ u P for highway, whose h therefore receives dy ⊙ T), the dense
 * connection's direct links to every later layer, and the readout at the loss steps.
 *
 * @param step the training step (0 = before any update)
 * @param loss the loss on this step's batch
 * @param hiddenGrad [layer][t]: the batch mean of ‖dL/dh_t‖₂
 * @param cellGrad [layer][t]: the batch mean of ‖dL/dc_t‖₂ for lstm layers; null for other layers
 * @param forgetGate [layer][t]: f_t averaged over batch and units for lstm layers (all 1 without a
 *     forget gate, since then c_t = c_{t−1} + i_t ⊙ g_t); null for other layers
 * @param weightGrad [layer]: ‖gradient‖₂ of all of layer l's parameters (cell and connection),
 *     before clipping
 * @param readoutGrad ‖gradient‖₂ of the readout's parameters, before clipping
 * @param globalNormBefore the global gradient norm before clipping
 * @param globalNormAfter the global gradient norm after clipping
 * @param clipped whether clipping changed the gradient
 * @param spectralRadius [layer][block]: max |λ| of each recurrent matrix (lstm and gru: per gate
 *     block, in the order of {@link Spectrum#block()}); empty for dense layers
 * @param eigenvalues [layer][block]: the eigenvalues of the same matrices
 * @param stepWeightGrad [layer][t]: ‖(∂L/∂W_h)|_t‖, step t's share of the recurrent weight gradient
 *     (the lesson note's ∂J/∂W_h = Σ_i ∂J/∂W_h|₍ᵢ₎); null for layers without recurrence
 * @param stepJacobian [layer]: the measured step Jacobian diag(σ′) W_h and its bound for rnn and
 *     indrnn layers; null for other layers
 * @param cellTerms [layer]: ∂c_t/∂c_{t−1} = A_t + B_t + C_t + D_t term by term for lstm layers;
 *     null for other layers
 * @param gradientModes [layer]: the last step's gradient in W_h's eigenvectors for rnn layers with
 *     the identity activation (a linear RNN, where the expansion describes the gradient); null for
 *     other layers
 * @param depthGain [layer]: the batch-and-time mean of ‖dL/du_l‖ over that of ‖dL/dy_l‖: how much
 *     layer l (cell and connection) scales the gradient it passes down, its depth Jacobian
 *     ∂y_l/∂y_{l−1} at work (for a dense connection only the block of y_{l−1}); NaN for layer 0,
 *     whose input is the data
 * @param spectraStep the training step whose weights {@code spectralRadius} and {@code eigenvalues}
 *     describe: this probe's step, or an earlier probe's when the eigendecompositions (which cost
 *     O(n³) per recurrent matrix) were left for a later probe to keep probes cheap (see {@link
 *     Trainer#step}); null in a probe saved before, whose eigenvalues are always its own step's
 * @param depthBound [layer]: what that gain cannot exceed for a feed-forward layer: γ·σ_max(W)
 *     plain or dense, 1 + γ·σ_max(W) residual; NaN where there is no such simple bound (recurrent
 *     cells, highway, a residual projection, layer 0)
 */
public record Probe(
    int step,
    double loss,
    double[][] hiddenGrad,
    double[][] cellGrad,
    double[][] forgetGate,
    double[] weightGrad,
    double readoutGrad,
    double globalNormBefore,
    double globalNormAfter,
    boolean clipped,
    double[][] spectralRadius,
    Spectrum[][] eigenvalues,
    double[][] stepWeightGrad,
    StepJacobian[] stepJacobian,
    CellTerms[] cellTerms,
    GradientModes[] gradientModes,
    double[] depthGain,
    double[] depthBound,
    Integer spectraStep,
    Integer derivationsStep) {

  /** A probe without the derivations' quantities: e.g. one saved before they were measured. */
  public Probe(
      int step,
      double loss,
      double[][] hiddenGrad,
      double[][] cellGrad,
      double[][] forgetGate,
      double[] weightGrad,
      double readoutGrad,
      double globalNormBefore,
      double globalNormAfter,
      boolean clipped,
      double[][] spectralRadius,
      Spectrum[][] eigenvalues) {
    this(
        step,
        loss,
        hiddenGrad,
        cellGrad,
        forgetGate,
        weightGrad,
        readoutGrad,
        globalNormBefore,
        globalNormAfter,
        clipped,
        spectralRadius,
        eigenvalues,
        null,
        null,
        null,
        null,
        null,
        null,
        step,
        null);
  }

  /**
   * Whether the derivations' quantities (stepWeightGrad through depthBound) were measured on this
   * probe's own pass; false when they are an earlier probe's, carried to keep probes cheap.
   */
  public boolean freshDerivations() {
    return derivationsStep == null || derivationsStep == step;
  }

  /** Whether the eigenvalues were computed at this probe's own step. */
  public boolean freshSpectra() {
    return spectraStep == null || spectraStep == step;
  }

  /** Whether every number in this probe is finite (a diverged step's probe is not). */
  public boolean finite() {
    if (!Double.isFinite(loss)
        || !Double.isFinite(globalNormBefore)
        || !Double.isFinite(readoutGrad)) {
      return false;
    }
    for (double[][] m : new double[][][] {hiddenGrad, cellGrad}) {
      for (double[] row : m) {
        if (row != null) {
          for (double v : row) {
            if (!Double.isFinite(v)) {
              return false;
            }
          }
        }
      }
    }
    for (double v : weightGrad) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
