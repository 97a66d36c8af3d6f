package gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.Probe;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Holds a probe printed by the PyTorch script to GradFlow's probe of the same step, number for
 * number, and keeps the largest relative error seen per quantity for the report.
 */
final class ProbeComparison {
  final Map<String, Double> worst = new TreeMap<>();
  private final double tolerance;

  ProbeComparison(double tolerance) {
    this.tolerance = tolerance;
  }

  void compare(Probe gf, JsonNode py) {
    assertThat(py.get("step").asInt()).isEqualTo(gf.step());
    String at = "step " + gf.step() + ": ";
    close(at + "loss", "loss", gf.loss(), py.get("loss"));
    close(at + "globalNormBefore", "globalNorm", gf.globalNormBefore(), py.get("globalNormBefore"));
    close(at + "globalNormAfter", "globalNorm", gf.globalNormAfter(), py.get("globalNormAfter"));
    close(at + "readoutGrad", "weightGrad", gf.readoutGrad(), py.get("readoutGrad"));
    assertThat(py.get("clipped").asBoolean()).as(at + "clipped").isEqualTo(gf.clipped());
    for (int l = 0; l < gf.hiddenGrad().length; l++) {
      String layer = at + "layer " + l + " ";
      series(layer + "hiddenGrad", "hiddenGrad", gf.hiddenGrad()[l], py.get("hiddenGrad").get(l));
      series(layer + "cellGrad", "cellGrad", gf.cellGrad()[l], py.get("cellGrad").get(l));
      series(layer + "forgetGate", "forgetGate", gf.forgetGate()[l], py.get("forgetGate").get(l));
      series(
          layer + "spectralRadius",
          "spectralRadius",
          gf.spectralRadius()[l],
          py.get("spectralRadius").get(l));
      close(layer + "weightGrad", "weightGrad", gf.weightGrad()[l], py.get("weightGrad").get(l));
    }
  }

  private void series(String what, String quantity, double[] gf, JsonNode py) {
    if (gf == null) {
      assertThat(py.isNull()).as(what + " is null in both").isTrue();
      return;
    }
    assertThat(py.size()).as(what + " length").isEqualTo(gf.length);
    for (int t = 0; t < gf.length; t++) {
      close(what + "[" + t + "]", quantity, gf[t], py.get(t));
    }
  }

  private void close(String what, String quantity, double gf, JsonNode py) {
    double p = py.asDouble();
    double error = relativeError(gf, p);
    worst.merge(quantity, error, Math::max);
    assertThat(error).as("%s: GradFlow %s, PyTorch %s", what, gf, p).isLessThan(tolerance);
  }

  static double relativeError(double a, double b) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale == 0 ? 0 : Math.abs(a - b) / scale;
  }

  double overall() {
    return worst.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
