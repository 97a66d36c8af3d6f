package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.chart.Titles;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.logarithmic.LogarithmicScaleOptions;

/**
 * The size of each layer's weight gradient (before clipping) on a log axis, and in the title the
 * share of steps so far whose update was clipped. Layers near the input with tiny bars are the ones
 * that have stopped learning.
 */
public class WeightGradChart extends Div {

  static final String BAR_COLOUR = "#009E73";

  static final ChartWords WORDS = new ChartWords("chart.weights");

  private final ChartJs chart = new ChartJs();
  private final NumbersTable numbers = new NumbersTable(I18n.t("chart.numbers"));

  public WeightGradChart(String id) {
    addClassName("gf-live-chart");
    chart.setId(id);
    chart.setHeight("220px");
    chart.setAccessibleLabel(WORDS.accessible());
    add(chart, numbers);
  }

  /** Sets up the bars for {@code layers} layers and the readout. */
  public void reset(int layers) {
    var bars = new BarDataset().setLabel(title(0)).setBackgroundColor(BAR_COLOUR);
    var options =
        new BarOptions()
            .setAnimation(false)
            .setScales(
                new Scales()
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LogarithmicScaleOptions().setTitle(Titles.axis(WORDS.yAxis()))))
            .setPlugins(Titles.chart(WORDS.title()));
    chart.showChart(
        new BarChart(new BarData().setLabels(labels(layers)).addDataset(bars), options));
  }

  /** Shows one probe's per-layer norms and the readout's, with the share of clipped steps. */
  public void show(double[] weightGrad, double readoutGrad, double clippedFraction) {
    var values = new ArrayList<Double>(weightGrad.length + 1);
    for (double norm : weightGrad) {
      values.add(Double.isFinite(norm) ? norm : null);
    }
    values.add(Double.isFinite(readoutGrad) ? readoutGrad : null);
    var update = new LinkedHashMap<String, Object>();
    update.put("labels", labels(weightGrad.length));
    var dataset = new LinkedHashMap<String, Object>();
    dataset.put("data", values);
    dataset.put("label", title(clippedFraction));
    update.put("datasets", List.of(dataset));
    chart.updateData(update);
    var rows = new ArrayList<List<String>>(values.size());
    var names = labels(weightGrad.length);
    for (int i = 0; i < names.size(); i++) {
      rows.add(
          List.of(
              names.get(i), Numbers.format(i < weightGrad.length ? weightGrad[i] : readoutGrad)));
    }
    numbers.show(
        new NumbersTable.Content(
            title(clippedFraction), List.of(I18n.t("chart.layerHeader"), "‖dL/dW‖"), rows));
  }

  static String title(double clippedFraction) {
    return I18n.t(
        "chart.weights.clipped",
        String.format(java.util.Locale.ROOT, "%.0f", 100 * clippedFraction));
  }

  private static List<String> labels(int layers) {
    var labels = new ArrayList<String>(layers + 1);
    for (int l = 1; l <= layers; l++) {
      labels.add(I18n.t("chart.layer", l));
    }
    labels.add(I18n.t("chart.weights.readout"));
    return labels;
  }
}
