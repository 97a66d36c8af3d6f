package gradflow.ui.live;

import gradflow.engine.GradientModes;
import gradflow.engine.Probe;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last step's gradient of a vanilla RNN layer split into W_h's eigen-modes, x = Σ c_i q_i: one
 * line per mode, |c_i|·|λ_i|^ℓ over the distance ℓ, each at its own rate, and the measured ‖batch
 * mean of δh_{T−1−ℓ}‖ as points (see {@link GradientModes}). For a linear RNN with the loss at the
 * last step the modes together give the points exactly; with tanh the points fall faster.
 */
public class GradientModesChart extends LogLinesChart {

  static final ChartWords WORDS = new ChartWords("chart.modes");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String measured() {
      return I18n.t("chart.modes.measured");
    }

    /** E.g. "λ = 0.9300 ± 0.2100i, |λ| = 0.9534"; a real one without the imaginary part. */
    static String mode(double re, double im) {
      String lambda =
          im == 0
              ? Numbers.format(re)
              : String.format(Locale.ROOT, "%s ± %si", Numbers.format(re), Numbers.format(im));
      return "λ = " + lambda + ", |λ| = " + Numbers.format(Math.hypot(re, im));
    }

    static String note(int modes) {
      return I18n.t("chart.modes.note", modes);
    }

    static String summary(int layer, int modes, double rho, double[] measured) {
      int last = measured.length - 1;
      return I18n.t(
          "chart.modes.summary",
          layer + 1,
          modes,
          Numbers.format(rho),
          Numbers.format(last < 0 ? Double.NaN : measured[0]),
          Numbers.format(last < 0 ? Double.NaN : measured[last]),
          last);
    }
  }

  public GradientModesChart(String id) {
    super(id, "300px", WORDS);
    reset();
  }

  @Override
  List<Integer> layers(Probe probe) {
    var layers = new ArrayList<Integer>();
    var modes = probe.gradientModes();
    for (int l = 0; modes != null && l < modes.length; l++) {
      if (modes[l] != null) {
        layers.add(l);
      }
    }
    return layers;
  }

  @Override
  boolean about(Probe probe) {
    for (int l = 0; l < probe.hiddenGrad().length; l++) {
      if ("RNN".equals(StepWeightGradChart.cellName(probe, l))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A probe that measured the derivations but has no modes is of an RNN with a squashing
   * activation, where the expansion does not describe the gradient: say so, not "not measured".
   */
  @Override
  String missing(Probe probe) {
    return probe.stepWeightGrad() != null ? I18n.t("chart.modes.linearOnly") : super.missing(probe);
  }

  @Override
  LogLines lines(Probe probe, int layer) {
    return of(probe, layer);
  }

  /** Each mode's |c_i|·|λ_i|^ℓ and the measured points of one rnn layer, over ℓ. */
  static LogLines of(Probe probe, int layer) {
    GradientModes modes = probe.gradientModes()[layer];
    int steps = modes.measured().length;
    var lines = new ArrayList<LogLines.Line>();
    lines.add(
        new LogLines.Line(
            Text.measured(),
            "‖δh_{T−1−ℓ}‖",
            modes.measured(),
            SeriesStyle.of(0),
            LogLines.Kind.POINTS));
    double rho = 0;
    for (int i = 0; i < modes.re().length; i++) {
      double modulus = Math.hypot(modes.re()[i], modes.im()[i]);
      rho = Math.max(rho, modulus);
      double[] size = new double[steps];
      for (int l = 0; l < steps; l++) {
        size[l] = modes.coefficient()[i] * Math.pow(modulus, l);
      }
      lines.add(
          new LogLines.Line(
              Text.mode(modes.re()[i], modes.im()[i]),
              "|c_" + (i + 1) + "|·|λ_" + (i + 1) + "|^ℓ",
              size,
              SeriesStyle.of(i + 1),
              LogLines.Kind.LINE));
    }
    return new LogLines(
        LogLines.indices(steps),
        "ℓ",
        lines,
        Text.note(modes.re().length),
        Text.summary(layer, modes.re().length, rho, modes.measured()),
        WORDS.caption(layer + 1));
  }
}
