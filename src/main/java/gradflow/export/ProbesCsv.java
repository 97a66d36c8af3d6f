package gradflow.export;

import gradflow.engine.Probe;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The probes in long format, one row per number: {@code step,layer,t,quantity,value}. Long rather
 * than wide because layers differ in length and kind (cellGrad and forgetGate exist for lstm layers
 * only), and because every spreadsheet and data-frame library pivots long data in one call.
 *
 * <p>layer counts from 0, as the probe JSON's arrays do; it is empty for the whole-network numbers
 * (loss, globalNormBefore, globalNormAfter). t is the time step for hiddenGrad, cellGrad and
 * forgetGate, the gate block (in the order of the probe's eigenvalues) for spectralRadius, and
 * empty for weightGrad and the whole-network numbers. Values are Java's shortest round-trip
 * decimal, so parsing them gives back the very doubles; the derivations' quantities follow: the t
 * of stepWeightGrad, cellTermA…D, cellProductAll/B and stepJacobianGain is the time step, and
 * stepJacobianBound, depthGain and depthBound have none; numbers that are not finite are NaN,
 * Infinity or -Infinity.
 */
final class ProbesCsv {
  static final String HEADER = "step,layer,t,quantity,value";

  private ProbesCsv() {}

  static void write(List<Probe> probes, Writer out) throws IOException {
    out.write(HEADER + "\n");
    for (Probe p : probes) {
      int step = p.step();
      row(out, step, "", "", "loss", p.loss());
      row(out, step, "", "", "globalNormBefore", p.globalNormBefore());
      row(out, step, "", "", "globalNormAfter", p.globalNormAfter());
      for (int l = 0; l < p.hiddenGrad().length; l++) {
        String layer = Integer.toString(l);
        series(out, step, layer, "hiddenGrad", p.hiddenGrad()[l]);
        series(out, step, layer, "cellGrad", p.cellGrad()[l]);
        series(out, step, layer, "forgetGate", p.forgetGate()[l]);
        row(out, step, layer, "", "weightGrad", p.weightGrad()[l]);
        series(out, step, layer, "spectralRadius", p.spectralRadius()[l]);
        if (p.stepWeightGrad() != null) {
          series(out, step, layer, "stepWeightGrad", p.stepWeightGrad()[l]);
        }
        var terms = p.cellTerms() == null ? null : p.cellTerms()[l];
        if (terms != null) {
          series(out, step, layer, "cellTermA", terms.a());
          series(out, step, layer, "cellTermB", terms.b());
          series(out, step, layer, "cellTermC", terms.c());
          series(out, step, layer, "cellTermD", terms.d());
          series(out, step, layer, "cellProductAll", terms.productAll());
          series(out, step, layer, "cellProductB", terms.productB());
        }
        var jacobian = p.stepJacobian() == null ? null : p.stepJacobian()[l];
        if (jacobian != null) {
          series(out, step, layer, "stepJacobianGain", jacobian.gain());
          row(out, step, layer, "", "stepJacobianBound", jacobian.bound());
        }
        if (p.depthGain() != null) {
          row(out, step, layer, "", "depthGain", p.depthGain()[l]);
          row(out, step, layer, "", "depthBound", p.depthBound()[l]);
        }
      }
    }
  }

  private static void series(Writer out, int step, String layer, String quantity, double[] values)
      throws IOException {
    if (values == null) {
      return;
    }
    for (int t = 0; t < values.length; t++) {
      row(out, step, layer, Integer.toString(t), quantity, values[t]);
    }
  }

  private static void row(
      Writer out, int step, String layer, String t, String quantity, double value)
      throws IOException {
    out.write(step + "," + layer + "," + t + "," + quantity + "," + value + "\n");
  }
}
