package gradflow.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Reads a probe off the buffers of the forward and backward pass that just ran; changes nothing.
 * Given an earlier probe's eigenvalues it reuses them instead of decomposing every recurrent matrix
 * again; given an earlier probe to take the derivations' quantities from, it carries them instead
 * of measuring.
 */
final class ProbeRecorder {
  private ProbeRecorder() {}

  static Probe record(
      Network net,
      int step,
      double loss,
      double normBefore,
      double normAfter,
      boolean clipped,
      double[] weightGrad,
      double readoutGrad,
      Spectrum[][] earlierSpectra,
      int earlierStep,
      Probe derivationsFrom) {
    int L = net.cells.length;
    double[][] hidden = new double[L][];
    double[][] cellGrad = new double[L][];
    double[][] forget = new double[L][];
    double[][] radius = new double[L][];
    Spectrum[][] eig = new Spectrum[L][];
    double[][] stepWeightGrad = new double[L][];
    StepJacobian[] jacobian = new StepJacobian[L];
    CellTerms[] terms = new CellTerms[L];
    GradientModes[] modes = new GradientModes[L];
    double[] depthBound = new double[L];
    for (int l = 0; l < L; l++) {
      Cell c = net.cells[l];
      hidden[l] = meanRowNorms(c.dh, c.steps, c.batch);
      DMatrixRMaj dc = c.dc();
      cellGrad[l] = dc == null ? null : meanRowNorms(dc, c.steps, c.batch);
      forget[l] = c.forgetGateMeans();
      eig[l] = earlierSpectra == null ? c.spectra() : earlierSpectra[l];
      radius[l] = new double[eig[l].length];
      for (int q = 0; q < eig[l].length; q++) {
        radius[l][q] = eig[l][q].radius();
      }
      if (net.derivations && derivationsFrom == null) {
        stepWeightGrad[l] = c.stepWeightGrad();
        jacobian[l] = c.stepJacobian(eig[l]);
        terms[l] = c.cellTerms();
        modes[l] = c.gradientModes(eig[l]);
        depthBound[l] = depthBound(net, l);
      }
    }
    Probe f = derivationsFrom;
    boolean own = net.derivations && f == null;
    return new Probe(
        step,
        loss,
        hidden,
        cellGrad,
        forget,
        weightGrad,
        readoutGrad,
        normBefore,
        normAfter,
        clipped,
        radius,
        eig,
        f != null ? f.stepWeightGrad() : own ? stepWeightGrad : null,
        f != null ? f.stepJacobian() : own ? jacobian : null,
        f != null ? f.cellTerms() : own ? terms : null,
        f != null ? f.gradientModes() : own ? modes : null,
        f != null ? f.depthGain() : own ? net.depthGain() : null,
        f != null ? f.depthBound() : own ? depthBound : null,
        earlierSpectra == null ? step : earlierStep,
        f == null ? null : f.freshDerivations() ? f.step() : f.derivationsStep());
  }

  /**
   * The bound on layer l's depth gain for a feed-forward cell σ(u W + b): ‖dy diag(σ′) Wᵀ‖ ≤ γ
   * σ_max(W) ‖dy‖, plus 1 for the residual identity; a dense connection's block of h_{l−1} is the
   * rows of W that read it.
   */
  static double depthBound(Network net, int l) {
    if (l == 0 || !(net.cells[l] instanceof DenseCell cell)) {
      return Double.NaN;
    }
    double gamma = cell.act.derivativeBound();
    int below = net.cells[l - 1].hidden;
    return switch (net.stack[l]) {
      case PlainConnection p -> gamma * SigmaMax.of(cell.W.value, 0, cell.in, 0, cell.hidden);
      case ResidualConnection r when !r.projects() ->
          1 + gamma * SigmaMax.of(cell.W.value, 0, cell.in, 0, cell.hidden);
      case DenseConnection d ->
          gamma * SigmaMax.of(cell.W.value, cell.in - below, below, 0, cell.hidden);
      default -> Double.NaN;
    };
  }

  /** For each step t, the batch mean of the rows' L2 norms of the (B x n) block t. */
  static double[] meanRowNorms(DMatrixRMaj m, int steps, int batch) {
    int n = m.numCols;
    double[] out = new double[steps];
    for (int t = 0; t < steps; t++) {
      out[t] = meanRowNorm(m.data, t * batch * n, batch, n, 0, n);
    }
    return out;
  }

  /**
   * The mean over {@code rows} rows (of the given stride, from {@code off}) of the L2 norm of each
   * row's columns [col, col + width): every "batch mean of ‖·‖" a probe reports.
   */
  static double meanRowNorm(double[] data, int off, int rows, int stride, int col, int width) {
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      int o = off + r * stride + col;
      double s = 0;
      for (int j = 0; j < width; j++) {
        s += data[o + j] * data[o + j];
      }
      sum += Math.sqrt(s);
    }
    return sum / rows;
  }
}
