package gradflow.ui.live;

import gradflow.engine.CellTerms;
import gradflow.engine.Probe;
import gradflow.ui.i18n.I18n;
import java.util.List;

/**
 * The LSTM's running products from the last step back: ‖v ∏_{s=T−1}^{t+1} (A_s + B_s + C_s + D_s)‖
 * with all four terms, and ‖v ∏ B_s‖ = ‖v ⊙ ∏ f_s‖ with the direct path alone (see {@link
 * CellTerms}). That the second tracks the first shows that the forget gates govern what reaches the
 * past.
 */
public class CellProductsChart extends LogLinesChart {

  static final ChartWords WORDS = new ChartWords("chart.cellProducts");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String all() {
      return I18n.t("chart.cellProducts.all");
    }

    static String onlyB() {
      return I18n.t("chart.cellProducts.onlyB");
    }

    static String summary(int layer, double all, double onlyB) {
      return I18n.t(
          "chart.cellProducts.summary", layer + 1, Numbers.format(all), Numbers.format(onlyB));
    }
  }

  public CellProductsChart(String id) {
    super(id, "280px", WORDS);
    reset();
  }

  @Override
  List<Integer> layers(Probe probe) {
    return CellTermsChart.lstmLayers(probe);
  }

  @Override
  boolean about(Probe probe) {
    return LiveCharts.hasForgetGates(probe);
  }

  @Override
  LogLines lines(Probe probe, int layer) {
    return of(probe, layer);
  }

  /** Both running products of one lstm layer, over t. */
  static LogLines of(Probe probe, int layer) {
    CellTerms terms = probe.cellTerms()[layer];
    int steps = terms.productAll().length;
    var lines =
        List.of(
            new LogLines.Line(
                Text.all(),
                "∏(A+B+C+D)",
                terms.productAll(),
                SeriesStyle.of(0),
                LogLines.Kind.LINE),
            new LogLines.Line(
                Text.onlyB(), "∏B", terms.productB(), SeriesStyle.of(1), LogLines.Kind.LINE));
    String summary =
        steps == 0 ? "" : Text.summary(layer, terms.productAll()[0], terms.productB()[0]);
    return new LogLines(LogLines.indices(steps), "t", lines, "", summary, WORDS.caption(layer + 1));
  }
}
