package gradflow.ui.live;

import gradflow.engine.CellTerms;
import gradflow.engine.GradientModes;
import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.Arrays;

/**
 * Probes with numbers chosen by hand, built from the engine's records directly: the derivations'
 * charts must draw exactly these. Layers are described by their recurrent blocks, as the engine's
 * probe lists them: {@code RNN} (W_h), {@code LSTM} (four gate blocks) or {@code DENSE} (none).
 */
final class KnownProbes {

  enum Cell {
    RNN,
    LSTM,
    DENSE
  }

  private KnownProbes() {}

  /** Every layer's gradients 1 at each of {@code steps} steps, its blocks from its cell. */
  static Probe probe(
      int steps,
      Cell[] cells,
      double[][] stepWeightGrad,
      CellTerms[] cellTerms,
      GradientModes[] gradientModes,
      double[] depthGain,
      double[] depthBound) {
    int layers = cells.length;
    double[][] hidden = new double[layers][steps];
    double[][] cell = new double[layers][];
    double[][] forget = new double[layers][];
    double[][] radius = new double[layers][];
    Spectrum[][] eigen = new Spectrum[layers][];
    for (int l = 0; l < layers; l++) {
      Arrays.fill(hidden[l], 1);
      String[] blocks =
          switch (cells[l]) {
            case RNN -> new String[] {"Wh"};
            case LSTM -> new String[] {"Wh_i", "Wh_f", "Wh_o", "Wh_g"};
            case DENSE -> new String[0];
          };
      if (cells[l] == Cell.LSTM) {
        cell[l] = new double[steps];
        Arrays.fill(cell[l], 1);
        forget[l] = new double[steps];
        Arrays.fill(forget[l], 0.9);
      }
      radius[l] = new double[blocks.length];
      eigen[l] = new Spectrum[blocks.length];
      for (int b = 0; b < blocks.length; b++) {
        radius[l][b] = 0.9;
        eigen[l][b] = new Spectrum(blocks[b], 0.9, new double[] {0.9}, new double[] {0});
      }
    }
    double[] weightGrad = new double[layers];
    Arrays.fill(weightGrad, 1);
    return new Probe(
        7,
        0.5,
        hidden,
        cell,
        forget,
        weightGrad,
        1,
        1,
        1,
        false,
        radius,
        eigen,
        stepWeightGrad,
        null,
        cellTerms,
        gradientModes,
        depthGain,
        depthBound,
        7,
        null);
  }

  /** The same stack as a probe saved before the derivations were measured: their fields null. */
  static Probe old(int steps, Cell... cells) {
    return probe(steps, cells, null, null, null, null, null);
  }

  /**
   * The probe p's numbers as a probe at a later {@code step} whose eigenvalues and derivations are
   * carried from the given steps (null: its own), as the trainer makes one.
   */
  static Probe later(Probe p, int step, Integer spectraStep, Integer derivationsStep) {
    return new Probe(
        step,
        p.loss(),
        p.hiddenGrad(),
        p.cellGrad(),
        p.forgetGate(),
        p.weightGrad(),
        p.readoutGrad(),
        p.globalNormBefore(),
        p.globalNormAfter(),
        p.clipped(),
        p.spectralRadius(),
        p.eigenvalues(),
        p.stepWeightGrad(),
        p.stepJacobian(),
        p.cellTerms(),
        p.gradientModes(),
        p.depthGain(),
        p.depthBound(),
        spectraStep == null ? step : spectraStep,
        derivationsStep);
  }
}
