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

/**
 * The spectral radius ρ of every recurrent matrix over training (x = the probe's step), with the
 * line ρ = 1 between decay and growth. Series look as in {@link EigenvalueChart}, matrix for
 * matrix.
 */
public class SpectralRadiusChart extends NotedChart {

  static final ChartWords WORDS = new ChartWords("chart.spectral");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String one() {
      return I18n.t("chart.spectral.one");
    }

    static String noRecurrent() {
      return I18n.t("chart.spectral.noRecurrent");
    }

    static String offTop(double highest) {
      return I18n.t("chart.spectral.offTop", Numbers.format(Spectra.EDGE), Numbers.format(highest));
    }

    static String leftOut(int count) {
      return I18n.t("chart.spectral.nonFinite", count);
    }

    static String summary(List<Spectra.Series> series, double[] latest) {
      var parts = new ArrayList<String>();
      for (int i = 0; i < series.size(); i++) {
        parts.add(
            I18n.t("chart.spectral.summary", series.get(i).name(), Numbers.format(latest[i])));
      }
      return String.join(" ", parts);
    }
  }

  private List<Spectra.Series> shownSeries;

  public SpectralRadiusChart(String id) {
    super(id, "240px", WORDS);
    reset();
  }

  /** Clears the chart for a new run. */
  public void reset() {
    shownSeries = null;
    note.setText("");
    chart.setVisible(true);
    numbers.setVisible(true);
    chart.showChart(config(List.of()));
    numbers.show(new NumbersTable.Content(WORDS.caption(), List.of(), List.of()));
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
      note.setText(Text.noRecurrent());
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
    double highest = 0;
    for (var line : history) {
      var points = new ArrayList<Map<String, Double>>();
      for (double[] point : line) {
        if (Double.isFinite(point[1])) {
          // An exploding W_h reaches ρ = 1e23; drawn as it is, it flattens ρ = 1 to the axis.
          points.add(Map.of("x", point[0], "y", Math.min(point[1], Spectra.EDGE)));
          highest = Math.max(highest, point[1]);
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
    var notes = new ArrayList<String>();
    if (highest > Spectra.EDGE) {
      notes.add(Text.offTop(highest));
    }
    if (leftOut > 0) {
      notes.add(Text.leftOut(leftOut));
    }
    note.setText(String.join(" ", notes));
    chart.setAccessibleLabel(
        WORDS.accessible() + " " + Text.summary(series, Spectra.radii(probes.getLast())));
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
      // A probe that carried an earlier probe's eigenvalues adds no point of its own.
      if (radii.length != seriesCount || !probe.freshSpectra()) {
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
    headers.add(WORDS.xAxis());
    series.forEach(s -> headers.add(s.name()));
    var rows = new ArrayList<List<String>>();
    for (var probe : probes) {
      double[] radii = Spectra.radii(probe);
      if (radii.length != series.size() || !probe.freshSpectra()) {
        continue;
      }
      var row = new ArrayList<String>();
      row.add(Integer.toString(probe.step()));
      for (double rho : radii) {
        row.add(Numbers.format(rho));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(WORDS.caption(), headers, rows);
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
            .setLabel(Text.one())
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
                    .addScale(Scales.ScaleAxis.X, Titles.linearAxis(WORDS.xAxis()).setMin(0))
                    .addScale(
                        Scales.ScaleAxis.Y, Titles.linearAxis(WORDS.yAxis()).setBeginAtZero(true)))
            .setPlugins(Titles.chartWithLegend(WORDS.title()));
    return new ScatterChart(data, options);
  }
}
