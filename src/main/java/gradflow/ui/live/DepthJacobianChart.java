package gradflow.ui.live;

import gradflow.engine.Probe;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How much each layer scales the gradient it passes down: the measured gain ‖dL/du_l‖ / ‖dL/dy_l‖
 * of layers 2 to L (its depth Jacobian ∂y_l/∂y_{l−1} at work), with the bound γ·σ_max(W) (1 +
 * γ·σ_max(W) residual) where a feed-forward layer has one, and the line 1: below it the layer
 * shrinks the gradient, and a stack of such layers multiplies the shrinking.
 */
public class DepthJacobianChart extends LogLinesChart {

  static final ChartWords WORDS = new ChartWords("chart.depthGain");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String gain() {
      return I18n.t("chart.depthGain.gain");
    }

    static String bound() {
      return I18n.t("chart.depthGain.bound");
    }

    static String one() {
      return I18n.t("chart.depthGain.one");
    }

    static String noBound() {
      return I18n.t("chart.depthGain.noBound");
    }

    static String summary(int top, double product) {
      return I18n.t("chart.depthGain.summary", top, Numbers.format(product));
    }
  }

  public DepthJacobianChart(String id) {
    super(id, "280px", WORDS);
    reset();
  }

  @Override
  List<Integer> layers(Probe probe) {
    return probe.depthGain() != null && probe.depthGain().length >= 2 ? List.of(-1) : List.of();
  }

  @Override
  boolean about(Probe probe) {
    return probe.hiddenGrad().length >= 2;
  }

  @Override
  LogLines lines(Probe probe, int unused) {
    return of(probe);
  }

  /** The gains and bounds of layers 2 to L (x is the layer's number, counted from 1). */
  static LogLines of(Probe probe) {
    double[] gain = probe.depthGain();
    int n = gain.length - 1;
    double[] x = new double[n];
    double[] gains = Arrays.copyOfRange(gain, 1, gain.length);
    double[] bounds = new double[n];
    double[] one = new double[n];
    double product = 1;
    for (int i = 0; i < n; i++) {
      x[i] = i + 2;
      bounds[i] = probe.depthBound() == null ? Double.NaN : probe.depthBound()[i + 1];
      one[i] = 1;
      product *= gains[i];
    }
    var lines = new ArrayList<LogLines.Line>();
    lines.add(
        new LogLines.Line(
            Text.gain(), "‖dL/du_l‖ / ‖dL/dy_l‖", gains, SeriesStyle.of(0), LogLines.Kind.LINE));
    lines.add(
        new LogLines.Line(
            Text.bound(), "γ·σ_max(W)", bounds, SeriesStyle.of(1), LogLines.Kind.BOUND));
    lines.add(
        new LogLines.Line(Text.one(), "1", one, LogLinesChart.REFERENCE, LogLines.Kind.REFERENCE));
    boolean someWithout = Arrays.stream(bounds).anyMatch(b -> !Double.isFinite(b));
    return new LogLines(
        x,
        I18n.t("chart.layerHeader"),
        lines,
        someWithout ? Text.noBound() : "",
        Text.summary(n + 1, product),
        WORDS.caption());
  }
}
