package gradflow.ui.live;

import gradflow.engine.Probe;
import gradflow.ui.chart.ColorMap;
import gradflow.ui.chart.MatrixCell;
import gradflow.ui.chart.MatrixChart;
import gradflow.ui.chart.MatrixOptions;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * The forget gate f_t of every lstm layer (rows) at every time step (columns, the gradient
 * heatmap's time axis), on a linear 0..1 scale. Since dc_t/dc_{t−1} holds f_t itself, the gradient
 * through the cell state survives exactly where f_t stays near 1. Stacks without an lstm layer get
 * a sentence instead of an empty chart.
 */
public class ForgetGateHeatmap extends NotedChart {

  static final ChartWords WORDS = new ChartWords("chart.forget");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String value() {
      return I18n.t("chart.forget.value");
    }

    static String noLstm() {
      return I18n.t("chart.forget.noLstm");
    }

    static String layer(int layer) {
      return I18n.t("chart.layer", layer + 1);
    }

    static String summary(List<Integer> layers, double[][] gates) {
      var parts = new ArrayList<String>();
      for (int layer : layers) {
        double[] f = gates[layer];
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (double v : f) {
          min = Math.min(min, v);
          sum += v;
        }
        parts.add(
            I18n.t(
                "chart.forget.summary",
                layer(layer),
                Numbers.format(f.length == 0 ? Double.NaN : sum / f.length),
                Numbers.format(min)));
      }
      return String.join(" ", parts);
    }
  }

  private List<Integer> shownLayers;
  private int shownSteps = -1;

  public ForgetGateHeatmap(String id) {
    super(id, "200px", WORDS);
    reset();
  }

  /** Clears the chart for a new run; the first {@link #show} sets up its rows. */
  public void reset() {
    shownLayers = null;
    shownSteps = -1;
    note.setText("");
    chart.setVisible(true);
    numbers.setVisible(true);
    chart.showChart(config(List.of(), 1));
    numbers.show(new NumbersTable.Content(WORDS.caption(), List.of(), List.of()));
  }

  /** Shows one probe's forget gates, e.g. {@code snapshot.latestProbe()}. */
  public void show(Probe probe) {
    var layers = lstmLayers(probe);
    if (layers.isEmpty()) {
      chart.setVisible(false);
      numbers.setVisible(false);
      note.setText(Text.noLstm());
      return;
    }
    chart.setVisible(true);
    numbers.setVisible(true);
    note.setText("");
    int steps = probe.forgetGate()[layers.getFirst()].length;
    if (!layers.equals(shownLayers) || steps != shownSteps) {
      chart.showChart(config(layers, steps));
      shownLayers = layers;
      shownSteps = steps;
    }
    chart.updateMatrix(cells(probe, layers), 0, 1);
    chart.setAccessibleLabel(WORDS.accessible() + " " + Text.summary(layers, probe.forgetGate()));
    numbers.show(table(probe, layers));
  }

  /** The layers that have a forget gate: the lstm layers, bottom first. */
  static List<Integer> lstmLayers(Probe probe) {
    var layers = new ArrayList<Integer>();
    var gates = probe.forgetGate();
    for (int l = 0; gates != null && l < gates.length; l++) {
      if (gates[l] != null) {
        layers.add(l);
      }
    }
    return layers;
  }

  /** Cell (x = t, y = row of the lstm layer) holds f_t as it is: NaN stays NaN, to be named. */
  static List<MatrixCell> cells(Probe probe, List<Integer> layers) {
    var cells = new ArrayList<MatrixCell>();
    for (int row = 0; row < layers.size(); row++) {
      double[] f = probe.forgetGate()[layers.get(row)];
      for (int t = 0; t < f.length; t++) {
        cells.add(new MatrixCell(t, row, f[t]));
      }
    }
    return cells;
  }

  static NumbersTable.Content table(Probe probe, List<Integer> layers) {
    var headers = new ArrayList<String>();
    headers.add("t");
    layers.forEach(l -> headers.add(Text.layer(l)));
    int steps = probe.forgetGate()[layers.getFirst()].length;
    var rows = new ArrayList<List<String>>();
    for (int t = 0; t < steps; t++) {
      var row = new ArrayList<String>();
      row.add(Integer.toString(t));
      for (int l : layers) {
        row.add(Numbers.format(probe.forgetGate()[l][t]));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(WORDS.caption(), headers, rows);
  }

  /** A linear 0..1 magma heatmap, beside the gradient heatmap's viridis so the two never blur. */
  static MatrixChart config(List<Integer> layers, int steps) {
    var options =
        new MatrixOptions()
            .setColorMap(ColorMap.MAGMA)
            .setRange(0, 1)
            .setGrid(Math.max(1, steps), Math.max(1, layers.size()))
            .setRowLabels(layers.stream().map(Text::layer).toList())
            .setValueLabel(Text.value())
            .setTitles(WORDS.title(), WORDS.xAxis());
    return MatrixChart.empty(options);
  }
}
