package gradflow.ui.live;

import gradflow.engine.CellTerms;
import gradflow.engine.Probe;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why the LSTM keeps its gradient: one LSTM layer's cell-state Jacobian ∂c_t/∂c_{t−1} = A_t + B_t +
 * C_t + D_t term by term over t, each as ‖δc_t A_t‖ and so on (see {@link CellTerms}), next to
 * ‖δc_t‖ itself. A, C and D carry products of two activation derivatives; B_t = diag(f_t) carries
 * none, and lies on top.
 */
public class CellTermsChart extends LogLinesChart {

  static final ChartWords WORDS = new ChartWords("chart.cellTerms");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String term(char letter) {
      return I18n.t("chart.cellTerms." + letter);
    }

    static String noForgetGate() {
      return I18n.t("chart.cellTerms.noForgetGate");
    }

    static String firstStep() {
      return I18n.t("chart.cellTerms.firstStep");
    }

    static String summary(int layer, int last, double[] values) {
      return I18n.t(
          "chart.cellTerms.summary",
          layer + 1,
          last,
          Numbers.format(values[0]),
          Numbers.format(values[1]),
          Numbers.format(values[2]),
          Numbers.format(values[3]),
          Numbers.format(values[4]));
    }
  }

  public CellTermsChart(String id) {
    super(id, "300px", WORDS);
    reset();
  }

  @Override
  List<Integer> layers(Probe probe) {
    return lstmLayers(probe);
  }

  @Override
  boolean about(Probe probe) {
    return LiveCharts.hasForgetGates(probe);
  }

  @Override
  LogLines lines(Probe probe, int layer) {
    return of(probe, layer);
  }

  /** The lstm layers whose terms the probe measured, bottom first; none for an old probe. */
  static List<Integer> lstmLayers(Probe probe) {
    var layers = new ArrayList<Integer>();
    var terms = probe.cellTerms();
    for (int l = 0; terms != null && l < terms.length; l++) {
      if (terms[l] != null) {
        layers.add(l);
      }
    }
    return layers;
  }

  /** The four terms and ‖δc_t‖ of one lstm layer, over t. */
  static LogLines of(Probe probe, int layer) {
    CellTerms terms = probe.cellTerms()[layer];
    int steps = terms.b().length;
    double[] cell = cellGrad(probe, layer, steps);
    var lines =
        List.of(
            new LogLines.Line(
                Text.term('a'), "‖δc_t A_t‖", terms.a(), SeriesStyle.of(0), LogLines.Kind.LINE),
            new LogLines.Line(
                Text.term('b'), "‖δc_t B_t‖", terms.b(), SeriesStyle.of(1), LogLines.Kind.LINE),
            new LogLines.Line(
                Text.term('c'), "‖δc_t C_t‖", terms.c(), SeriesStyle.of(2), LogLines.Kind.LINE),
            new LogLines.Line(
                Text.term('d'), "‖δc_t D_t‖", terms.d(), SeriesStyle.of(4), LogLines.Kind.LINE),
            new LogLines.Line("‖δc_t‖", "‖δc_t‖", cell, SeriesStyle.of(3), LogLines.Kind.LINE));
    var notes = new ArrayList<String>();
    if (steps > 0 && terms.a()[0] == 0 && terms.b()[0] == 0) {
      notes.add(Text.firstStep());
    }
    if (steps > 1 && Arrays.stream(terms.a()).allMatch(v -> v == 0)) {
      notes.add(Text.noForgetGate());
    }
    int last = steps - 1;
    double[] atLast =
        last < 0
            ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}
            : new double[] {
              terms.a()[last], terms.b()[last], terms.c()[last], terms.d()[last], cell[last]
            };
    return new LogLines(
        LogLines.indices(steps),
        "t",
        lines,
        String.join(" ", notes),
        Text.summary(layer, last, atLast),
        WORDS.caption(layer + 1));
  }

  /** ‖δc_t‖ of the layer; NaN throughout if the probe lacks it. */
  static double[] cellGrad(Probe probe, int layer, int steps) {
    if (probe.cellGrad() == null || probe.cellGrad()[layer] == null) {
      double[] none = new double[steps];
      Arrays.fill(none, Double.NaN);
      return none;
    }
    return probe.cellGrad()[layer];
  }
}
