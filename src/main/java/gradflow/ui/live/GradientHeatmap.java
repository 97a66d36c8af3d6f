package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.chart.MatrixChart;
import gradflow.ui.chart.MatrixOptions;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The lesson's main picture: log10 ‖dL/dh_t‖ for every layer (rows, input at the top) and time step
 * (columns). A vanishing gradient shows as a fade from right to left; an exploding one as a glare.
 */
public class GradientHeatmap extends Div {
  static String caption() {
    return I18n.t("chart.heatmap.caption");
  }

  private final ChartJs chart = new ChartJs();
  private final Paragraph caption = new Paragraph();
  private final NumbersTable numbers = new NumbersTable(I18n.t("chart.numbers"));
  private final String title;
  private String viewCaption = "";

  public GradientHeatmap(String id, String title) {
    this.title = title;
    addClassName("gf-live-chart");
    chart.setId(id);
    chart.setHeight("280px");
    chart.setAccessibleLabel(I18n.t("chart.heatmap.accessible", title));
    caption.setId(id + "-caption");
    caption.addClassName("gf-chart-note");
    add(chart, caption, numbers);
  }

  /** Sets up an empty grid of {@code layers} rows and {@code steps} columns. */
  public void reset(int layers, int steps) {
    reset(layers, steps, false);
  }

  /**
   * Sets up an empty grid; {@code relative} for a grid of ratios to the last time step (or the top
   * layer), which the colour bar's label then says.
   */
  public void reset(int layers, int steps, boolean relative) {
    var rowLabels =
        IntStream.rangeClosed(1, layers).mapToObj(l -> I18n.t("chart.layer", l)).toList();
    var options =
        new MatrixOptions()
            .setRange(-8, 0)
            .setGrid(steps, layers)
            .setRowLabels(rowLabels)
            .setValueLabel(relative ? I18n.t("chart.heatmap.relativeValue") : "log10 ‖dL/dh_t‖")
            .setTitles(
                title, I18n.t(steps == 1 ? "chart.heatmap.xAxisDepth" : "chart.heatmap.xAxis"));
    chart.showChart(MatrixChart.empty(options));
  }

  /** Shows one probe's grid, {@code grid[l][t]}, e.g. {@code Probe.hiddenGrad()}. */
  public void show(double[][] grid) {
    var cells = LogGrid.cells(grid);
    double[] range = LogGrid.range(cells);
    chart.updateMatrix(cells, range[0], range[1]);
    numbers.show(table(grid));
    describe(grid);
  }

  /** Says which probe the grid comes from and how it is scaled, under the chart. */
  public void setViewCaption(String text) {
    viewCaption = text == null ? "" : text;
    caption.setText(viewCaption);
  }

  /** The caption, plus the value of a flat grid: one colour, so its number is said in words. */
  private void describe(double[][] grid) {
    var uniform = LogGrid.uniformValue(grid);
    String flat =
        uniform.isPresent()
            ? I18n.t("chart.heatmap.uniform", Numbers.format(uniform.getAsDouble()))
            : "";
    caption.setText((viewCaption + " " + flat).strip());
  }

  /** Time steps down, layers across: a table as long as the sequence, as wide as the stack. */
  static NumbersTable.Content table(double[][] grid) {
    var headers = new ArrayList<String>();
    headers.add("t");
    for (int l = 0; l < grid.length; l++) {
      headers.add(I18n.t("chart.layer", l + 1));
    }
    int steps = grid.length == 0 ? 0 : grid[0].length;
    var rows = new ArrayList<List<String>>(steps);
    for (int t = 0; t < steps; t++) {
      var row = new ArrayList<String>(grid.length + 1);
      row.add(Integer.toString(t));
      for (double[] layer : grid) {
        row.add(Numbers.format(layer[t]));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(caption(), headers, rows);
  }

  /**
   * Shows a grid on a colour range chosen by the caller, e.g. {@link #sharedRange} of two runs, so
   * that the same colour means the same gradient on both heatmaps.
   */
  public void show(double[][] grid, double min, double max) {
    chart.updateMatrix(LogGrid.cells(grid), min, max);
    describe(grid);
  }

  /** The colour range {@link #show(double[][])} would choose for all these grids together. */
  public static double[] sharedRange(double[][]... grids) {
    var cells = new java.util.ArrayList<gradflow.ui.chart.MatrixCell>();
    for (double[][] grid : grids) {
      cells.addAll(LogGrid.cells(grid));
    }
    return LogGrid.range(cells);
  }
}
