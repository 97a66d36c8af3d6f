package gradflow.ui.live;

import com.vaadin.flow.component.select.Select;
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
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;
import software.xdev.chartjs.model.options.scale.cartesian.logarithmic.LogarithmicScaleOptions;

/**
 * A chart of a few lines on a log y-axis, drawn from one probe as {@link LogLines}: the
 * derivations' charts share it. A chart about one layer at a time offers a layer picker when the
 * stack has more than one such layer. A chart with nothing to draw for the stack hides itself with
 * its "Why?" panel; one whose quantities were not measured (a probe saved before they were) says so
 * instead.
 *
 * <p>The chart is set up again only when the number or kinds of its lines change; labels and points
 * are updated in place.
 */
abstract class LogLinesChart extends NotedChart {

  private final ChartWords words;
  private final Select<Integer> layerPicker = new Select<>();
  private List<Integer> shownLayers;
  private List<LogLines.Kind> shownKinds;
  private Probe lastProbe;

  LogLinesChart(String id, String height, ChartWords words) {
    super(id, height, words);
    this.words = words;
    layerPicker.setId(id + "-layer");
    layerPicker.setLabel(I18n.t("chart.derive.layerPicker"));
    layerPicker.setItemLabelGenerator(l -> I18n.t("chart.layer", l + 1));
    layerPicker.addValueChangeListener(
        e -> {
          if (e.isFromClient() && lastProbe != null) {
            show(lastProbe);
          }
        });
    layerPicker.setVisible(false);
    addComponentAsFirst(layerPicker);
  }

  /**
   * The layers this chart can draw for the probe, bottom first; for a chart of the whole stack a
   * single -1. Empty when the probe has none (or was saved before they were measured).
   */
  abstract List<Integer> layers(Probe probe);

  /** Whether the stack is one this chart is about, so that missing numbers need a word. */
  abstract boolean about(Probe probe);

  /**
   * Why a probe of a stack this chart is about has nothing to draw: by default, its probes were
   * taken before GradFlow measured this.
   */
  String missing(Probe probe) {
    return I18n.t("chart.derive.notMeasured");
  }

  /** What to draw of one of {@link #layers}. */
  abstract LogLines lines(Probe probe, int layer);

  /** Sets up an empty chart for a new run, hidden until a probe shows what the stack has. */
  void reset() {
    setVisible(false);
    lastProbe = null;
    shownLayers = null;
    shownKinds = null;
    layerPicker.setVisible(false);
    note.setText("");
    chart.setVisible(true);
    numbers.setVisible(true);
    chart.showChart(config(words, List.of()));
    numbers.show(new NumbersTable.Content("", List.of(), List.of()));
  }

  /** Shows one probe, e.g. {@code snapshot.latestProbe()}. */
  void show(Probe probe) {
    lastProbe = probe;
    var layers = layers(probe);
    if (layers.isEmpty()) {
      boolean about = about(probe);
      setVisible(about);
      chart.setVisible(false);
      numbers.setVisible(false);
      layerPicker.setVisible(false);
      note.setText(about ? missing(probe) : "");
      shownLayers = layers;
      return;
    }
    setVisible(true);
    chart.setVisible(true);
    numbers.setVisible(true);
    if (!layers.equals(shownLayers)) {
      layerPicker.setItems(layers);
      layerPicker.setValue(layers.getFirst());
      layerPicker.setVisible(layers.size() > 1);
      shownLayers = layers;
    }
    Integer chosen = layerPicker.getValue();
    var drawing = lines(probe, chosen == null ? layers.getFirst() : chosen);
    var kinds = drawing.lines().stream().map(LogLines.Line::kind).toList();
    if (!kinds.equals(shownKinds)) {
      chart.showChart(config(words, drawing.lines()));
      shownKinds = kinds;
    }
    var datasets = new ArrayList<Map<String, Object>>();
    for (var line : drawing.lines()) {
      var dataset = new LinkedHashMap<String, Object>();
      dataset.put("label", line.label());
      dataset.put("data", drawing.points(line));
      datasets.add(dataset);
    }
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", datasets);
    chart.updateData(update);
    note.setText((derivedEarlier(probe) + drawing.fullNote()).strip());
    chart.setAccessibleLabel(words.accessible() + " " + drawing.summary());
    numbers.show(drawing.table());
  }

  /** The layer picker, for tests. */
  Select<Integer> layerPicker() {
    return layerPicker;
  }

  /** A scatter chart with one dataset per line, styled by its {@link SeriesStyle} and kind. */
  static ScatterChart config(ChartWords words, List<LogLines.Line> lines) {
    var data = new ScatterData();
    for (var line : lines) {
      var style = line.style();
      var dataset =
          new ScatterDataset()
              .setLabel(line.label())
              .setBorderColor(style.colour())
              .setBackgroundColor(style.colour());
      switch (line.kind()) {
        case LINE ->
            dataset
                .setShowLine(true)
                .setBorderWidth(2)
                .setBorderDash(style.dash())
                .setPointStyle(List.<Object>of(style.pointStyle()))
                .setPointRadius(List.of(2));
        case POINTS ->
            dataset
                .setShowLine(false)
                .setPointStyle(List.<Object>of(style.pointStyle()))
                .setPointRadius(List.of(4));
        case BOUND ->
            dataset
                .setShowLine(true)
                .setBorderWidth(2)
                .setBorderDash(List.of(6, 4))
                .setPointStyle(List.<Object>of(style.pointStyle()))
                .setPointRadius(List.of(3));
        case REFERENCE ->
            dataset
                .setShowLine(true)
                .setBorderWidth(1)
                .setBorderDash(List.of(4, 3))
                .setPointStyle(List.<Object>of("line"))
                .setPointRadius(List.of(0))
                .setPointHitRadius(List.of(0));
      }
      data.addDataset(dataset);
    }
    var options =
        new PointRules()
            .pointLabelTooltips()
            .setAnimation(false)
            .setScales(
                new Scales()
                    // x counts steps back, layers or steps: whole numbers. With one point (a
                    // 2-layer stack's one gain) Chart.js would otherwise label 1.85 … 2.10.
                    .addScale(
                        Scales.ScaleAxis.X,
                        Titles.linearAxis(words.xAxis())
                            .setTicks(new LinearTickOptions().setPrecision(0)))
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LogarithmicScaleOptions().setTitle(Titles.axis(words.yAxis()))))
            .setPlugins(Titles.chartWithLegend(words.title()));
    return new ScatterChart(data, options);
  }

  /** The grey of reference lines, a style apart from the data's colours. */
  static final SeriesStyle REFERENCE = new SeriesStyle("#555555", "line", List.of(4, 3));
}
