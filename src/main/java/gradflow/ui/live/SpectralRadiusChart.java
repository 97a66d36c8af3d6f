package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.engine.Probe;
import gradflow.ui.chart.ChartJs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The spectral radius ρ of every recurrent matrix over training (x = the probe's step), with the
 * line ρ = 1 between decay and growth. Series look as in {@link EigenvalueChart}, matrix for
 * matrix.
 */
public class SpectralRadiusChart extends Div {

  /** Every word this chart shows, in one place for translation. */
  static final class Text {
    static final String TITLE = "Spectral radius ρ of each W_h over training";
    static final String ACCESSIBLE =
        "Line chart of the spectral radius of each recurrent matrix by training step, with the"
            + " line ρ = 1.";
    static final String ONE = "ρ = 1: below it gradients decay, above it they can explode";
    static final String X_AXIS = "training step";
    static final String Y_AXIS = "spectral radius ρ";
    static final String NUMBERS = "Show the numbers";
    static final String NO_RECURRENT =
        "This stack has no recurrent layer, so there is no W_h whose spectral radius could be"
            + " shown.";
    static final String CAPTION = "Spectral radius of each W_h (columns) by training step (rows).";

    static String leftOut(int count) {
      return count
          + " spectral radii are NaN or infinite (the weights overflowed: the run diverged) and"
          + " are left out.";
    }

    static String summary(List<Spectra.Series> series, double[] latest) {
      var parts = new ArrayList<String>();
      for (int i = 0; i < series.size(); i++) {
        parts.add(series.get(i).name() + ": ρ = " + Numbers.format(latest[i]) + " now.");
      }
      return String.join(" ", parts);
    }
  }

  private final ChartJs chart = new ChartJs();
  private final Paragraph note = new Paragraph();
  private final NumbersTable numbers = new NumbersTable(Text.NUMBERS);
  private List<Spectra.Series> shownSeries;

  public SpectralRadiusChart(String id) {
    addClassName("gf-live-chart");
    chart.setId(id);
    chart.setHeight("240px");
    chart.setAccessibleLabel(Text.ACCESSIBLE);
    note.addClassName("gf-chart-note");
    add(chart, note, numbers);
    reset();
  }

  /** Clears the chart for a new run. */
  public void reset() {
    shownSeries = null;
    note.setText("");
    chart.setVisible(true);
    numbers.setVisible(true);
    chart.showChart(config(List.of()));
    numbers.show(new NumbersTable.Content(Text.CAPTION, List.of(), List.of()));
  }

  /** Shows every probe so far, in step order, e.g. {@code run.probes()}. */
  public void show(List<Probe> probes) {
    if (probes.isEmpty()) {
      return;
    }
    var series = Spectra.series(probes.getLast());
    if (series.isEmpty()) {
      chart.setVisible(false);
      numbers.setVisible(false);
      note.setText(Text.NO_RECURRENT);
      return;
    }
    chart.setVisible(true);
    numbers.setVisible(true);
    if (!series.equals(shownSeries)) {
      chart.showChart(config(series));
      shownSeries = series;
    }
    var history = history(probes, series.size());
    var datasets = new ArrayList<Map<String, Object>>();
    int leftOut = 0;
    for (var line : history) {
      var points = new ArrayList<Map<String, Double>>();
      for (double[] point : line) {
        if (Double.isFinite(point[1])) {
          points.add(Map.of("x", point[0], "y", point[1]));
        } else {
          leftOut++;
        }
      }
      datasets.add(Map.of("data", points));
    }
    double lastStep = Math.max(1, probes.getLast().step());
    datasets.add(
        Map.of("data", List.of(Map.of("x", 0.0, "y", 1.0), Map.of("x", lastStep, "y", 1.0))));
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", datasets);
    chart.updateData(update);
    note.setText(leftOut == 0 ? "" : Text.leftOut(leftOut));
    chart.setAccessibleLabel(
        Text.ACCESSIBLE + " " + Text.summary(series, Spectra.radii(probes.getLast())));
    numbers.show(table(probes, series));
  }

  /**
   * [series][probe] = (step, ρ). Probes whose matrices differ from the series (another stack) are
   * skipped: the page resets between runs, so that happens only to a stale list.
   */
  static List<List<double[]>> history(List<Probe> probes, int seriesCount) {
    var history = new ArrayList<List<double[]>>();
    for (int i = 0; i < seriesCount; i++) {
      history.add(new ArrayList<>());
    }
    for (var probe : probes) {
      double[] radii = Spectra.radii(probe);
      if (radii.length != seriesCount) {
        continue;
      }
      for (int i = 0; i < seriesCount; i++) {
        history.get(i).add(new double[] {probe.step(), radii[i]});
      }
    }
    return history;
  }

  static NumbersTable.Content table(List<Probe> probes, List<Spectra.Series> series) {
    var headers = new ArrayList<String>();
    headers.add(Text.X_AXIS);
    series.forEach(s -> headers.add(s.name()));
    var rows = new ArrayList<List<String>>();
    for (var probe : probes) {
      double[] radii = Spectra.radii(probe);
      if (radii.length != series.size()) {
        continue;
      }
      var row = new ArrayList<String>();
      row.add(Integer.toString(probe.step()));
      for (double rho : radii) {
        row.add(Numbers.format(rho));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(Text.CAPTION, headers, rows);
  }

  /** One line per matrix, styled as in {@link EigenvalueChart}, and the line ρ = 1 last. */
  static ScatterChart config(List<Spectra.Series> series) {
    var data = new ScatterData();
    for (int i = 0; i < series.size(); i++) {
      var style = SeriesStyle.of(i);
      data.addDataset(
          new ScatterDataset()
              .setLabel(series.get(i).name())
              .setShowLine(true)
              .setBorderColor(style.colour())
              .setBackgroundColor(style.colour())
              .setBorderWidth(2)
              .setBorderDash(style.dash())
              .setPointStyle(List.<Object>of(style.pointStyle()))
              .setPointRadius(List.of(3)));
    }
    data.addDataset(
        new ScatterDataset()
            .setLabel(Text.ONE)
            .setShowLine(true)
            .setBorderColor("#555555")
            .setBackgroundColor("#555555")
            .setBorderWidth(1)
            .setBorderDash(List.of(4, 3))
            .setPointStyle(List.<Object>of("line"))
            .setPointRadius(List.of(0)));
    var options =
        new PointRules()
            .setAnimation(false)
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, axis(Text.X_AXIS).setMin(0))
                    .addScale(Scales.ScaleAxis.Y, axis(Text.Y_AXIS).setBeginAtZero(true)))
            .setPlugins(
                new Plugins()
                    .setTitle(new Title().setDisplay(true).setText(Text.TITLE))
                    .setLegend(
                        new LegendOptions()
                            .setPosition("bottom")
                            .setLabels(new LegendOptions.Labels().setUsePointStyle(true))));
    return new ScatterChart(data, options);
  }

  private static LinearScaleOptions axis(String text) {
    return new LinearScaleOptions()
        .setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(text));
  }
}
