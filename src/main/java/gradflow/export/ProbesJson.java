package gradflow.export;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.List;

/**
 * The probes as the REST API writes them ({@code GET /api/runs/{id}/probes}): DESIGN.md's probe
 * fields plus {@code finite}, numbers that are not finite as the strings "NaN", "Infinity" and
 * "-Infinity". The API's own record lives in the api package, which this one may not see; a test
 * there holds the two to the same JSON.
 */
final class ProbesJson {
  private ProbesJson() {}

  /** One probe, field for field the API's ProbeView. */
  record Entry(
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
      Spectrum[][] eigenvalues) {}

  static List<Entry> of(List<Probe> probes) {
    return probes.stream()
        .map(
            p ->
                new Entry(
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
                    p.eigenvalues()))
        .toList();
  }
}
