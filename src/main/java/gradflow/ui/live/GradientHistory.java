package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import gradflow.engine.Probe;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.chart.MatrixCell;
import gradflow.ui.chart.MatrixChart;
import gradflow.ui.chart.MatrixOptions;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * The gradient profile over training: one row per probe (earliest at the top), so the student sees
 * the profile change as the network learns. The columns are the time steps of the first layer, or,
 * for a depth task with a single time step, the layers.
 */
public class GradientHistory extends Div {

  /** More rows than this are thinned evenly: beyond it a row is thinner than a pixel or two. */
  static final int MAX_ROWS = 60;

  static final ChartWords WORDS = new ChartWords("chart.history");

  private final ChartJs chart = new ChartJs();
  private final NumbersTable numbers = new NumbersTable(I18n.t("chart.numbers"));
  private Boolean shownDepth;

  public GradientHistory(String id) {
    addClassName("gf-live-chart");
    chart.setId(id);
    chart.setHeight("240px");
    chart.setAccessibleLabel(WORDS.accessible());
    add(chart, numbers);
  }

  /** Sets up an empty chart; the grid grows with the probes. */
  public void reset() {
    shownDepth = null;
    configure(false);
  }

  /** The chart's config; its columns are time steps, or for the depth task layers. */
  private void configure(boolean depth) {
    var options =
        new MatrixOptions()
            .setRange(-8, 0)
            .setGrid(1, 1)
            .setValueLabel("log10 ‖dL/dh‖")
            .setTitles(
                WORDS.title(), I18n.t(depth ? "chart.history.xAxisDepth" : "chart.history.xAxis"));
    chart.showChart(MatrixChart.empty(options));
  }

  /** Shows the probes so far, in step order. */
  public void show(List<Probe> probes) {
    show(probes, null);
  }

  /**
   * Shows the probes so far, in step order, with the row of {@code marked} (the probe the heatmap
   * above shows) labelled, so that a student sees where in training that picture was taken.
   */
  public void show(List<Probe> probes, Probe marked) {
    if (probes.isEmpty()) {
      return;
    }
    boolean depth =
        probes.getFirst().hiddenGrad().length > 0 && probes.getFirst().hiddenGrad()[0].length == 1;
    if (!Boolean.valueOf(depth).equals(shownDepth)) {
      configure(depth);
      shownDepth = depth;
    }
    var rows = withMarked(thinned(probes, MAX_ROWS), marked);
    var cells = new ArrayList<MatrixCell>();
    var labels = new ArrayList<String>(rows.size());
    var table = new ArrayList<List<String>>(rows.size());
    int columns = 1;
    for (int r = 0; r < rows.size(); r++) {
      double[] profile = profile(rows.get(r));
      columns = Math.max(columns, profile.length);
      var tableRow = new ArrayList<String>(profile.length + 1);
      tableRow.add(Integer.toString(rows.get(r).step()));
      for (int c = 0; c < profile.length; c++) {
        cells.add(new MatrixCell(c, r, Math.log10(profile[c])));
        tableRow.add(Numbers.format(profile[c]));
      }
      String label = I18n.t("chart.history.step", rows.get(r).step());
      labels.add(rows.get(r) == marked ? "▶ " + label : label);
      table.add(tableRow);
    }
    var headers = new ArrayList<String>(columns + 1);
    headers.add(I18n.t("chart.step"));
    for (int c = 0; c < columns; c++) {
      headers.add(depth ? I18n.t("chart.layer", c + 1) : Integer.toString(c));
    }
    numbers.show(new NumbersTable.Content(WORDS.caption(), headers, table));
    double[] range = LogGrid.range(cells);
    chart.updateMatrix(cells, range[0], range[1], columns, labels);
  }

  /** The first layer over time, or, with a single time step, every layer. */
  static double[] profile(Probe probe) {
    double[][] grid = probe.hiddenGrad();
    if (grid.length == 0) {
      return new double[0];
    }
    if (grid[0].length > 1) {
      return grid[0];
    }
    double[] layers = new double[grid.length];
    for (int l = 0; l < grid.length; l++) {
      layers[l] = grid[l][0];
    }
    return layers;
  }

  /**
   * The rows with the marked probe among them, in step order, even when the thinning left it out.
   */
  static List<Probe> withMarked(List<Probe> rows, Probe marked) {
    if (marked == null || rows.contains(marked)) {
      return rows;
    }
    var all = new ArrayList<>(rows);
    int at = 0;
    while (at < all.size() && all.get(at).step() < marked.step()) {
      at++;
    }
    all.add(at, marked);
    return all;
  }

  /** At most {@code max} items, evenly spread, always keeping the first and the last. */
  static <T> List<T> thinned(List<T> items, int max) {
    if (items.size() <= max) {
      return items;
    }
    var kept = new ArrayList<T>(max);
    for (int i = 0; i < max; i++) {
      kept.add(items.get((int) Math.round(i * (items.size() - 1) / (double) (max - 1))));
    }
    return kept;
  }
}
