package gradflow.export;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.List;

/**
 * A probe as JSON, for the REST API and the {@code probes.json} download alike: the fields of
 * DESIGN.md's probe contract, plus {@code finite}. JSON has no NaN or infinity, so a number that is
 * not finite is written as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"};
 * {@code finite: false} says that some number is.
 *
 * @param eigenvalues [layer][block]: {@code {block, radius, re[], im[]}} of each recurrent matrix
 */
public record ProbeJson(
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

  /** The JSON form of a probe; null for none. */
  public static ProbeJson of(Probe p) {
    return p == null
        ? null
        : new ProbeJson(
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

  /** Each probe's JSON form, in the same order. */
  public static List<ProbeJson> of(List<Probe> probes) {
    return probes.stream().map(ProbeJson::of).toList();
  }
}
