package gradflow.api;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;

/**
 * A probe as JSON: the fields of DESIGN.md's probe contract, plus {@code finite}. JSON has no NaN
 * or infinity, so a number that is not finite is written as the string {@code "NaN"}, {@code
 * "Infinity"} or {@code "-Infinity"}; {@code finite: false} says that some number is.
 *
 * @param eigenvalues [layer][block]: {@code {block, radius, re[], im[]}} of each recurrent matrix
 */
record ProbeView(
    int step,
    boolean finite,
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

  static ProbeView of(Probe p) {
    return p == null
        ? null
        : new ProbeView(
            p.step(),
            p.finite(),
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
            p.eigenvalues());
  }
}
