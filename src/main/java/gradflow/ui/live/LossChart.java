package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.datapoint.ScatterDataPoint;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The training loss by step, with the task's chance-level loss as a dashed line: a network that
 * stays on the line has learned nothing a guess could not do.
 */
public class LossChart extends Div {

  /** Okabe–Ito blue and vermilion: apart for every common colour-vision deficiency. */
  static final String LOSS_COLOUR = "#0072B2";

  static final String BASELINE_COLOUR = "#D55E00";

  static String caption(String baseline) {
    return I18n.t("chart.loss.caption", baseline);
  }

  /**
   * The top of the loss axis: a diverging run's loss reaches 1e300 and would flatten every other
   * point to a line on zero (the axis read "1E306"); above the top a loss is drawn on the top edge
   * and the note under the chart gives its real value.
   */
  public static double top(double baseline) {
    return Math.max(1, 6 * baseline);
  }

  private final ChartJs chart = new ChartJs();
  private final Paragraph offTop = new Paragraph();
  private final NumbersTable numbers = new NumbersTable(I18n.t("chart.numbers"));

  public LossChart(String id) {
    addClassName("gf-live-chart");
    chart.setId(id);
    chart.setHeight("220px");
    chart.setAccessibleLabel(I18n.t("chart.loss.accessible"));
    offTop.setId(id + "-off-top");
    offTop.addClassName("gf-chart-note");
    add(chart, offTop, numbers);
  }

  /** Sets up an empty chart for a run of {@code steps} steps on a task with this baseline. */
  public void reset(int steps, double baseline) {
    offTop.setText("");
    var loss =
        new ScatterDataset()
            .setLabel(I18n.t("chart.loss.training"))
            .setShowLine(true)
            .setBorderColor(LOSS_COLOUR)
            .setBackgroundColor(LOSS_COLOUR)
            .setBorderWidth(2);
    var chance =
        new ScatterDataset()
            .setLabel(I18n.t("chart.loss.chance"))
            .setShowLine(true)
            .setBorderColor(BASELINE_COLOUR)
            .setBackgroundColor(BASELINE_COLOUR)
            .setBorderDash(List.of(6, 4))
            .setBorderWidth(2)
            .setData(baselinePoints(steps, baseline));
    var options =
        new LineOptions()
            .setAnimation(false)
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, axis(I18n.t("chart.loss.xAxis")).setMin(0))
                    .addScale(
                        Scales.ScaleAxis.Y, axis(I18n.t("chart.loss.yAxis")).setBeginAtZero(true)))
            .setPlugins(
                new Plugins()
                    .setTitle(new Title().setDisplay(true).setText(I18n.t("chart.loss.title"))));
    chart.showChart(
        new ScatterChart(new ScatterData().addDataset(loss).addDataset(chance), options));
  }

  /**
   * Shows the loss curve so far. Non-finite losses are left out: JSON cannot carry them, and the
   * run's status already says "diverged at step k".
   */
  public void show(List<double[]> stepAndLoss, int steps, double baseline) {
    double top = top(baseline);
    double highest = Double.NEGATIVE_INFINITY;
    var points = new ArrayList<Map<String, Double>>(stepAndLoss.size());
    for (double[] point : stepAndLoss) {
      if (Double.isFinite(point[1])) {
        points.add(Map.of("x", point[0], "y", Math.min(point[1], top)));
        highest = Math.max(highest, point[1]);
      }
    }
    offTop.setText(
        highest > top
            ? I18n.t("chart.loss.offTop", Numbers.format(top), Numbers.format(highest))
            : "");
    var chance =
        List.of(
            Map.of("x", 0.0, "y", baseline),
            Map.of("x", (double) Math.max(1, steps), "y", baseline));
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", List.of(Map.of("data", points), Map.of("data", chance)));
    chart.updateData(update);
    numbers.show(table(stepAndLoss, baseline));
  }

  static NumbersTable.Content table(List<double[]> stepAndLoss, double baseline) {
    var rows = new ArrayList<List<String>>(stepAndLoss.size());
    for (double[] point : stepAndLoss) {
      rows.add(List.of(Integer.toString((int) point[0]), Numbers.format(point[1])));
    }
    return new NumbersTable.Content(
        caption(Numbers.format(baseline)),
        List.of(I18n.t("chart.step"), I18n.t("chart.loss.yAxis")),
        rows);
  }

  private static List<ScatterDataPoint> baselinePoints(int steps, double baseline) {
    return List.of(
        new ScatterDataPoint(0, baseline), new ScatterDataPoint(Math.max(1, steps), baseline));
  }

  private static LinearScaleOptions axis(String text) {
    return new LinearScaleOptions()
        .setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(text));
  }
}
