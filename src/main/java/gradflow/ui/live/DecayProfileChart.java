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
      return switch (profile.kind()) {
        case LINEAR ->
            I18n.t(
                "chart.decay.predicted",
                Numbers.format(profile.rho()),
                EigenvalueChart.Text.blockName(profile.block()));
        case FORGET -> I18n.t("chart.decay.forgetProduct", profile.layer() + 1);
        case GATED -> I18n.t("chart.decay.noPredictionGru");
        case NONE -> noPrediction();
      };
    }

    static String bound(DecayProfile profile) {
      return I18n.t(
          "chart.decay.bound",
          Numbers.format(profile.gamma()),
          Numbers.format(profile.sigmaMax()),
          Numbers.format(profile.stepBound()));
    }

    /**
     * What the lines say about this measurement, in words: why the measured gradient departs from
     * the linear RNN's ρ^ℓ, and that it stays under the bound along the path from the last step.
     */
    static String reading(DecayProfile profile) {
      double[] m = profile.measured();
      int last = m.length - 1;
      if (last < 1) {
        return "";
      }
      return switch (profile.kind()) {
        case LINEAR -> {
          double meanGain = profile.meanGain();
          String gain = Numbers.format(meanGain);
          String rho = Numbers.format(profile.rho());
          String bound = Numbers.format(profile.stepBound());
          double p = profile.predicted()[last];
          String key;
          if (!profile.bounds()) {
            yield "";
          }
          if (!Numbers.loggable(m[last]) || !Numbers.loggable(p)) {
            key = "chart.decay.reading.linear";
          } else if (m[last] < 0.5 * p) {
            key = profile.linear() ? "chart.decay.reading.modes" : "chart.decay.reading.below";
          } else if (m[last] > 2 * p) {
            key = "chart.decay.reading.above";
          } else {
            key = "chart.decay.reading.linear";
          }
          yield I18n.t(key, gain, rho, bound);
        }
        case FORGET -> {
          double c = profile.cell()[last];
          double p = profile.predicted()[last];
          // With the gate shut the paths through the gates carry more than the direct one.
          yield Numbers.loggable(c) && Numbers.loggable(p) && c > 10 * p
              ? I18n.t("chart.decay.reading.forgetAbove")
              : I18n.t("chart.decay.reading.forget");
        }
        case GATED -> I18n.t("chart.decay.reading.gru");
        case NONE -> "";
      };
    }

    static List<String> point(String what, int distance, int steps, double value) {
      return List.of(
          "ℓ = " + distance + " (t = " + (steps - 1 - distance) + ")",
          what + " = " + Numbers.format(value));
    }

    static List<String> headers(DecayProfile profile) {
      var headers =
          new ArrayList<>(
              List.of(
                  "ℓ",
                  "t",
                  I18n.t("chart.decay.header.measured"),
                  I18n.t(
                      profile.kind() == DecayProfile.Kind.FORGET
                          ? "chart.decay.header.forget"
                          : "chart.decay.header.predicted")));
      if (profile.bounds()) {
        headers.add(I18n.t("chart.decay.header.bound"));
        headers.add(I18n.t("chart.decay.header.gain"));
      }
      if (profile.cell() != null) {
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
      if (profile.predicts() && profile.kind() == DecayProfile.Kind.LINEAR) {
        text +=
            I18n.t(
                "chart.decay.summaryPredicted",
                Numbers.format(profile.rho()),
                Numbers.format(profile.predicted()[last]));
      } else if (profile.predicts()) {
        text += I18n.t("chart.decay.summaryForget", Numbers.format(profile.predicted()[last]));
      }
      return text;
    }
  }

  static final String MEASURED_COLOUR = "#0072B2";
  static final String PREDICTED_COLOUR = "#D55E00";
  static final String CELL_COLOUR = "#009E73";
  static final String BOUND_COLOUR = "#555555";

  private int chosenLayer = -1;
  private Third shownThird;

  public DecayProfileChart(String id) {
    super(id, "280px", WORDS);
    reset();
  }

  /** Sets up an empty chart for a new run. */
  public void reset() {
    note.setText("");
    shownThird = Third.NONE;
    chart.showChart(config(Third.NONE));
    numbers.show(new NumbersTable.Content("", List.of("ℓ", "t"), List.of()));
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
    Third third = profile.bounds() ? Third.BOUND : profile.cell() != null ? Third.CELL : Third.NONE;
    if (third != shownThird) {
      // Each layer kind has its own third line; no layer may show an empty legend entry.
      chart.showChart(config(third));
      shownThird = third;
    }
    var datasets = new ArrayList<Map<String, Object>>();
    datasets.add(
        dataset(Text.measured(layer), DecayProfile.points("‖dL/dh_t‖", profile.measured())));
    String line = profile.kind() == DecayProfile.Kind.FORGET ? "∏ f_s" : "ρ^ℓ";
    datasets.add(dataset(Text.predicted(profile), DecayProfile.points(line, profile.predicted())));
    switch (third) {
      case BOUND ->
          datasets.add(
              dataset(Text.bound(profile), DecayProfile.points("(γσ_max)^ℓ", profile.bound())));
      case CELL ->
          datasets.add(dataset(Text.cell(layer), DecayProfile.points("‖dL/dc_t‖", profile.cell())));
      case NONE -> {}
    }
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", datasets);
    chart.updateData(update);
    String leftOut =
        Text.leftOut(count(profile.measured(), true), count(profile.measured(), false));
    String earlier = profile.bounds() ? derivedEarlier(probe) : "";
    note.setText((earlier + Text.reading(profile) + " " + leftOut).strip());
    chart.setAccessibleLabel(WORDS.accessible() + " " + Text.summary(profile));
    numbers.show(profile.table());
  }

  /** The line after measured and predicted: the bound (rnn, indrnn), the cell state (lstm). */
  enum Third {
    NONE,
    BOUND,
    CELL
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
   * Measured (solid, circles), predicted (dashed, no points), and the bound (dash-dot, grey, no
   * points) or the LSTM cell (dotted, triangles).
   */
  static ScatterChart config(Third third) {
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
    var bound =
        new ScatterDataset()
            .setLabel(Text.noPrediction())
            .setShowLine(true)
            .setBorderColor(BOUND_COLOUR)
            .setBackgroundColor(BOUND_COLOUR)
            .setBorderWidth(2)
            .setBorderDash(List.of(10, 3, 2, 3))
            .setPointStyle(List.<Object>of("line"))
            .setPointRadius(List.of(0))
            .setPointHitRadius(List.of(4));
    var data = new ScatterData().addDataset(measured).addDataset(predicted);
    switch (third) {
      case BOUND -> data.addDataset(bound);
      case CELL -> data.addDataset(cell);
      case NONE -> {}
    }
    return new ScatterChart(data, options);
  }
}
