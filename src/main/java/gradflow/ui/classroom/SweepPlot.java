package gradflow.ui.classroom;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import gradflow.classroom.ClassRun;
import gradflow.classroom.Sweep;
import gradflow.experiment.SettingsTable;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.live.Numbers;
import gradflow.ui.live.NumbersTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The class as one experiment: the outcome of every finished run against the swept setting, on a
 * log axis, diverged runs as crosses, and the linear prediction where one exists. Its numbers are
 * also a table, the chart's text alternative.
 */
final class SweepPlot extends ClassBox {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Okabe–Ito blue, vermilion and grey, as the other charts. */
  private static final String FINISHED = "#0072B2";

  private static final String DIVERGED = "#D55E00";
  private static final String THEORY = "#555555";

  private final SettingsTable table;
  private final ChartJs chart = new ChartJs();
  private final Paragraph note = new Paragraph();
  private final NumbersTable numbers = new NumbersTable(ClassText.t("chart.numbers"));
  private final Select<SweepPoints.Measure> measure = new Select<>();
  private List<ClassRun> runs = List.of();
  private Sweep sweep;
  private int taskLength;

  SweepPlot(SettingsTable table) {
    super("sweep-plot", ClassText.t("teach.plot.heading"));
    this.table = table;
    measure.setId("sweep-measure");
    measure.setWidth("22rem");
    measure.setLabel(ClassText.t("teach.plot.measure"));
    measure.setItems(SweepPoints.Measure.values());
    measure.setItemLabelGenerator(m -> ClassText.t("teach.plot.measure." + m.name().toLowerCase()));
    measure.setValue(SweepPoints.Measure.RATIO);
    measure.addValueChangeListener(e -> draw());
    chart.setId("sweep-chart");
    chart.setHeight("280px");
    chart.setAccessibleLabel(ClassText.t("teach.plot.accessible"));
    note.setId("sweep-plot-note");
    note.addClassName("gf-chart-note");
    add(measure, chart, note, numbers);
  }

  /** Shows the runs of this sweep; a class without a sweep gets a note instead of an empty plot. */
  void show(List<ClassRun> gallery, Sweep sweep, int taskLength) {
    this.runs = List.copyOf(gallery);
    this.sweep = sweep;
    this.taskLength = taskLength;
    draw();
  }

  private void draw() {
    var points = SweepPoints.of(runs, sweep, measure.getValue(), taskLength);
    int count = points.finished().size() + points.diverged().size();
    getElement().setAttribute("data-points", Integer.toString(count));
    chart.setVisible(sweep != null);
    if (sweep == null) {
      note.setText(ClassText.t("teach.plot.noSweep"));
      numbers.show(new NumbersTable.Content("", List.of(), List.of()));
      return;
    }
    String x = ClassText.setting(table, sweep.path());
    String y = ClassText.t("teach.plot.measure." + measure.getValue().name().toLowerCase());
    note.setText(count == 0 ? ClassText.t("teach.plot.empty") : note(points.theory(), count));
    chart.showChart(JSON.writeValueAsString(config(points, x, y)));
    numbers.show(table(points, x, y));
  }

  private String note(SweepPoints.Theory theory, int count) {
    return switch (theory.kind()) {
      case NONE -> ClassText.t("teach.plot.count", count);
      case SPECTRAL_RADIUS -> ClassText.t("teach.plot.countTheory", count, taskLength - 1);
      case DEPTH -> ClassText.t("teach.plot.countDepth", count, Numbers.format(theory.gain()));
    };
  }

  private static Map<String, Object> config(SweepPoints points, String x, String y) {
    var datasets = new ArrayList<Map<String, Object>>();
    datasets.add(
        dataset(ClassText.t("teach.plot.finished"), points.finished(), FINISHED, "circle"));
    datasets.add(
        dataset(ClassText.t("teach.plot.diverged"), points.diverged(), DIVERGED, "crossRot"));
    if (points.theory().kind() != SweepPoints.Theory.Kind.NONE) {
      String label =
          points.theory().kind() == SweepPoints.Theory.Kind.DEPTH
              ? ClassText.t("teach.plot.theoryDepth", Numbers.format(points.theory().gain()))
              : ClassText.t("teach.plot.theory");
      var theory = dataset(label, points.theory().curve(), THEORY, "line");
      theory.put("showLine", true);
      theory.put("pointRadius", 0);
      theory.put("borderDash", List.of(6, 4));
      datasets.add(theory);
    }
    var scales = new LinkedHashMap<String, Object>();
    scales.put("x", Map.of("type", "linear", "title", Map.of("display", true, "text", x)));
    scales.put(
        "y",
        Map.of(
            "type",
            "logarithmic",
            "max",
            points.top(),
            "title",
            Map.of("display", true, "text", y)));
    var options = new LinkedHashMap<String, Object>();
    options.put("animation", false);
    options.put("maintainAspectRatio", false);
    options.put("scales", scales);
    return Map.of("type", "scatter", "data", Map.of("datasets", datasets), "options", options);
  }

  private static Map<String, Object> dataset(
      String label, List<SweepPoints.Point> points, String colour, String style) {
    var data = points.stream().map(p -> Map.of("x", p.x(), "y", p.y())).toList();
    var set = new LinkedHashMap<String, Object>();
    set.put("label", label);
    set.put("data", data);
    set.put("borderColor", colour);
    set.put("backgroundColor", colour);
    set.put("pointStyle", style);
    set.put("pointRadius", 6);
    set.put("borderWidth", 2);
    return set;
  }

  static NumbersTable.Content table(SweepPoints points, String x, String y) {
    var rows = new ArrayList<List<String>>();
    for (var p : points.finished()) {
      rows.add(
          List.of(
              p.nickname(),
              ClassText.value(p.x()),
              Numbers.format(p.y()),
              ClassText.t("teach.plot.finished")));
    }
    for (var p : points.diverged()) {
      String value = p.offScale() ? ClassText.t("teach.plot.offScale") : Numbers.format(p.y());
      rows.add(
          List.of(p.nickname(), ClassText.value(p.x()), value, ClassText.t("teach.plot.diverged")));
    }
    return new NumbersTable.Content(
        ClassText.t("teach.plot.heading"),
        List.of(ClassText.t("class.gallery.nickname"), x, y, ClassText.t("teach.plot.outcome")),
        rows);
  }
}
