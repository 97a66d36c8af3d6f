package gradflow.ui.live;

import gradflow.engine.Probe;
import gradflow.ui.chart.Titles;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.logarithmic.LogarithmicScaleOptions;

/**
 * The decay profile: how the measured gradient ‖dL/dh_t‖ of one layer shrinks (or grows) with the
 * distance ℓ to the loss, on a log axis, beside the straight line ρ^ℓ that the spectral radius of
 * its W_h predicts (see {@link DecayProfile}). For lstm layers the cell-state gradient ‖dL/dc_t‖ is
 * drawn too: that is the path the forget gate keeps open.
 */
public class DecayProfileChart extends NotedChart {

  static final ChartWords WORDS = new ChartWords("chart.decay");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String noPrediction() {
      return I18n.t("chart.decay.noPrediction");
    }

    static String measured(int layer) {
      return I18n.t("chart.decay.measured", layer + 1);
    }

    static String cell(int layer) {
      return I18n.t("chart.decay.cell", layer + 1);
    }

    static String predicted(DecayProfile profile) {
      if (profile.block() == null || Double.isNaN(profile.rho())) {
        return noPrediction();
      }
      return I18n.t(
          "chart.decay.predicted",
          Numbers.format(profile.rho()),
          EigenvalueChart.Text.blockName(profile.block()));
    }

    static List<String> point(String what, int distance, int steps, double value) {
      return List.of(
          "ℓ = " + distance + " (t = " + (steps - 1 - distance) + ")",
          what + " = " + Numbers.format(value));
    }

    static List<String> headers(boolean cell) {
      var headers =
          new ArrayList<>(
              List.of(
                  "ℓ",
                  "t",
                  I18n.t("chart.decay.header.measured"),
                  I18n.t("chart.decay.header.predicted")));
      if (cell) {
        headers.add(I18n.t("chart.decay.header.cell"));
      }
      return headers;
    }

    static String leftOut(int nonFinite, int zero) {
      var parts = new ArrayList<String>();
      if (nonFinite > 0) {
        parts.add(I18n.t("chart.decay.nonFinite", nonFinite));
      }
      if (zero > 0) {
        parts.add(I18n.t("chart.decay.zero", zero));
      }
      return String.join(" ", parts);
    }

    static String summary(DecayProfile profile) {
      double[] m = profile.measured();
      if (m.length == 0) {
        return "";
      }
      int last = m.length - 1;
      String text =
          I18n.t(
              "chart.decay.summary",
              profile.layer() + 1,
              Numbers.format(m[0]),
              Numbers.format(m[last]),
              last);
      if (profile.predicts()) {
        text +=
            I18n.t(
                "chart.decay.summaryPredicted",
                Numbers.format(profile.rho()),
                Numbers.format(profile.predicted()[last]));
      }
      return text;
    }
  }

  static final String MEASURED_COLOUR = "#0072B2";
  static final String PREDICTED_COLOUR = "#D55E00";
  static final String CELL_COLOUR = "#009E73";

  private int chosenLayer = -1;
  private Boolean shownCell;

  public DecayProfileChart(String id) {
    super(id, "280px", WORDS);
    reset();
  }

  /** Sets up an empty chart for a new run. */
  public void reset() {
    note.setText("");
    shownCell = false;
    chart.showChart(config(false));
    numbers.show(new NumbersTable.Content("", Text.headers(false), List.of()));
  }

  /**
   * Which layer to show (0 = bottom); a negative number or a layer the probe lacks means the first
   * recurrent layer, the default.
   */
  public void setLayer(int layer) {
    this.chosenLayer = layer;
  }

  /** Shows one probe's profile, e.g. {@code snapshot.latestProbe()}. */
  public void show(Probe probe) {
    int layers = probe.hiddenGrad().length;
    if (layers == 0) {
      return;
    }
    int layer =
        chosenLayer >= 0 && chosenLayer < layers ? chosenLayer : DecayProfile.defaultLayer(probe);
    var profile = DecayProfile.of(probe, layer);
    boolean hasCell = profile.cell() != null;
    if (!Boolean.valueOf(hasCell).equals(shownCell)) {
      // An lstm layer brings a third line; other layers must not show an empty legend entry for it.
      chart.showChart(config(hasCell));
      shownCell = hasCell;
    }
    var datasets = new ArrayList<Map<String, Object>>();
    datasets.add(
        dataset(Text.measured(layer), DecayProfile.points("‖dL/dh_t‖", profile.measured())));
    datasets.add(dataset(Text.predicted(profile), DecayProfile.points("ρ^ℓ", profile.predicted())));
    if (hasCell) {
      datasets.add(dataset(Text.cell(layer), DecayProfile.points("‖dL/dc_t‖", profile.cell())));
    }
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", datasets);
    chart.updateData(update);
    note.setText(Text.leftOut(count(profile.measured(), true), count(profile.measured(), false)));
    chart.setAccessibleLabel(WORDS.accessible() + " " + Text.summary(profile));
    numbers.show(profile.table());
  }

  private static int count(double[] values, boolean nonFinite) {
    int count = 0;
    for (double v : values) {
      if (nonFinite ? !Double.isFinite(v) : v == 0) {
        count++;
      }
    }
    return count;
  }

  private static Map<String, Object> dataset(String label, List<LabelledPoint> points) {
    var dataset = new LinkedHashMap<String, Object>();
    dataset.put("label", label);
    dataset.put("data", points);
    return dataset;
  }

  /**
   * Measured (solid, circles), predicted (dashed, no points) and the LSTM cell (dotted, triangles).
   */
  static ScatterChart config(boolean withCell) {
    var measured =
        new ScatterDataset()
            .setLabel(Text.measured(0))
            .setShowLine(true)
            .setBorderColor(MEASURED_COLOUR)
            .setBackgroundColor(MEASURED_COLOUR)
            .setBorderWidth(2)
            .setPointStyle(List.<Object>of("circle"))
            .setPointRadius(List.of(2));
    var predicted =
        new ScatterDataset()
            .setLabel(Text.noPrediction())
            .setShowLine(true)
            .setBorderColor(PREDICTED_COLOUR)
            .setBackgroundColor(PREDICTED_COLOUR)
            .setBorderWidth(2)
            .setBorderDash(List.of(6, 4))
            .setPointStyle(List.<Object>of("line"))
            .setPointRadius(List.of(0))
            .setPointHitRadius(List.of(4));
    var cell =
        new ScatterDataset()
            .setLabel(Text.cell(0))
            .setShowLine(true)
            .setBorderColor(CELL_COLOUR)
            .setBackgroundColor(CELL_COLOUR)
            .setBorderWidth(2)
            .setBorderDash(List.of(2, 2))
            .setPointStyle(List.<Object>of("triangle"))
            .setPointRadius(List.of(3));
    var options =
        new PointRules()
            .pointLabelTooltips()
            .setAnimation(false)
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, Titles.linearAxis(WORDS.xAxis()).setMin(0))
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LogarithmicScaleOptions().setTitle(Titles.axis(WORDS.yAxis()))))
            .setPlugins(Titles.chartWithLegend(WORDS.title()));
    var data = new ScatterData().addDataset(measured).addDataset(predicted);
    if (withCell) {
      data.addDataset(cell);
    }
    return new ScatterChart(data, options);
  }
}
