package gradflow.ui.compare;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A's and B's loss on one chart with the chance line. A is solid, B dashed as well as coloured, so
 * that colour never tells them apart alone.
 */
final class CompareLossChart extends Div {

  /** Okabe–Ito blue, bluish green and vermilion. */
  private static final String A = "#0072B2";

  private static final String B = "#009E73";
  private static final String CHANCE = "#D55E00";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ChartJs chart = new ChartJs();
  private final Paragraph offTop = new Paragraph();
  private double top = 1;

  CompareLossChart() {
    addClassName("gf-live-chart");
    chart.setId("compare-loss-chart");
    chart.setHeight("240px");
    chart.setAccessibleLabel(CompareText.lossChartLabel());
    offTop.setId("loss-off-top");
    offTop.addClassName("gf-caption");
    add(chart, offTop);
  }

  /**
   * The top of the loss axis, fixed: a diverging side's loss reaches 1e300 and would flatten the
   * other side's curve to a line on zero; above the top it is drawn on the top edge instead.
   */
  static double top(double baseline) {
    return gradflow.ui.live.LossChart.top(baseline);
  }

  void reset(double baseline) {
    top = top(baseline);
    offTop.setText("");
    var options =
        new LineOptions()
            .setAnimation(false)
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, axis(CompareText.stepAxis()).setMin(0))
                    .addScale(
                        Scales.ScaleAxis.Y,
                        axis(CompareText.lossAxis()).setBeginAtZero(true).setMax(top(baseline))))
            .setPlugins(
                new Plugins()
                    .setTitle(new Title().setDisplay(true).setText(CompareText.lossTitle())));
    var config =
        new ScatterChart(
                new ScatterData()
                    .addDataset(
                        line(I18n.fill(CompareText.lossOf(), "A"), A, null).setBorderWidth(4))
                    .addDataset(line(I18n.fill(CompareText.lossOf(), "B"), B, List.of(8, 4)))
                    .addDataset(line(CompareText.chance(), CHANCE, List.of(2, 3))),
                options)
            .toJson();
    // Identical runs must still show B's dashes, so A, drawn wider, goes underneath: Chart.js
    // draws higher "order" first (the model has no "order"). The legend sorts by order too, so it
    // is reversed to read A, B, chance.
    var tree = (ObjectNode) JSON.readTree(config);
    var sets = tree.get("data").get("datasets");
    for (int i = 0; i < 3; i++) {
      ((ObjectNode) sets.get(i)).put("order", 2 - i);
    }
    ((ObjectNode) tree.get("options").get("plugins")).putObject("legend").put("reverse", true);
    chart.showChart(JSON.writeValueAsString(tree));
  }

  void show(RunSnapshot a, RunSnapshot b) {
    var update = new LinkedHashMap<String, Object>();
    var any = a != null ? a : b;
    double last = Math.max(1, Math.max(steps(a), steps(b)));
    update.put(
        "datasets",
        List.of(
            Map.of("data", points(a, top)),
            Map.of("data", points(b, top)),
            Map.of(
                "data",
                any == null
                    ? List.of()
                    : List.of(
                        Map.of("x", 0.0, "y", any.baseline()),
                        Map.of("x", last, "y", any.baseline())))));
    chart.updateData(update);
    offTop.setText(
        CompareText.offTop(top, peak(a) > top ? peak(a) : null, peak(b) > top ? peak(b) : null));
  }

  /** The largest finite loss so far, 0 for none. */
  private static double peak(RunSnapshot run) {
    double peak = 0;
    if (run != null) {
      for (LossPoint p : run.lossCurve()) {
        if (Double.isFinite(p.loss())) {
          peak = Math.max(peak, p.loss());
        }
      }
    }
    return peak;
  }

  private static int steps(RunSnapshot run) {
    return run == null ? 0 : run.totalSteps();
  }

  /**
   * Non-finite losses are left out: JSON cannot carry them, and the status names the divergence.
   * Losses above the top are drawn on the top edge, and the caption under the chart says so.
   */
  private static List<Map<String, Double>> points(RunSnapshot run, double top) {
    var points = new ArrayList<Map<String, Double>>();
    if (run != null) {
      for (LossPoint p : run.lossCurve()) {
        if (Double.isFinite(p.loss())) {
          points.add(Map.of("x", (double) p.step(), "y", Math.min(p.loss(), top)));
        }
      }
    }
    return points;
  }

  private static ScatterDataset line(String label, String colour, List<Integer> dash) {
    var set =
        new ScatterDataset()
            .setLabel(label)
            .setShowLine(true)
            .setBorderColor(colour)
            .setBackgroundColor(colour)
            .setBorderWidth(2);
    return dash == null ? set : set.setBorderDash(dash);
  }

  private static LinearScaleOptions axis(String text) {
    return new LinearScaleOptions()
        .setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(text));
  }
}
