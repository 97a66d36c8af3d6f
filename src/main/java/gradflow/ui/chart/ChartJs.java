package gradflow.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.charts.Chart;
import software.xdev.chartjs.model.data.AbstractData;

/**
 * A Chart.js chart on the page.
 *
 * <p>{@link #showChart} creates the chart from a full config. {@link #updateData} replaces only the
 * data and lets the browser apply it in place with {@code chart.update()}, so a live chart never
 * flickers or is rebuilt. Data travels as an element property rather than as a function call:
 * several updates within one server round trip then collapse into the newest, and the browser
 * applies at most one per {@link #setMinUpdateInterval interval}, so a slow browser is shown the
 * latest state instead of a backlog.
 *
 * <p>Functions cannot travel in JSON, so a config names them instead (see {@link MatrixOptions}):
 * the JS module resolves a colour map or a cell-size rule by its name.
 */
@Tag("gradflow-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-chart-matrix", version = "3.1.0")
@JsModule("./chartjs/gradflow-chart.js")
public class ChartJs extends Component implements HasSize {

  /** Ten updates a second: smooth to the eye, cheap for a projector laptop. */
  public static final Duration DEFAULT_MIN_UPDATE_INTERVAL = Duration.ofMillis(100);

  public ChartJs() {
    setMinUpdateInterval(DEFAULT_MIN_UPDATE_INTERVAL);
    getElement().setAttribute("role", "img");
  }

  /** Draws a chart from its chartjs-java-model config, replacing any chart shown before. */
  public void showChart(Chart<?, ?, ?> chart) {
    showChart(chart.toJson());
  }

  /** Draws a chart from a Chart.js config in JSON, replacing any chart shown before. */
  public void showChart(String configJson) {
    // Data sent for the previous chart must not land on the new one.
    getElement().removeProperty("data");
    getElement().setProperty("config", configJson);
  }

  /**
   * Replaces the data of the chart shown, in place. The JSON is Chart.js's {@code data} object:
   * {@code {"labels": [...], "datasets": [{"data": [...]}, ...]}}; each dataset's other settings
   * stay as configured.
   */
  public void updateData(String dataJson) {
    getElement().setProperty("data", dataJson);
  }

  /** Replaces the data of the chart shown, in place, from its chartjs-java-model form. */
  public void updateData(AbstractData<?, ?> data) {
    updateData(ChartJson.write(data));
  }

  /**
   * Replaces the data of the chart shown, in place, from a map that serialises to Chart.js's data.
   */
  public void updateData(Map<String, ?> data) {
    updateData(ChartJson.write(data));
  }

  /**
   * Replaces a heatmap's cells in place and moves its colour range to [min, max], e.g. as a run's
   * gradients explode.
   */
  public void updateMatrix(List<MatrixCell> cells, double min, double max) {
    var range = new MatrixOptions().setRange(min, max).getRules();
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", List.of(Map.of("data", cells)));
    update.put("gradflow", Map.of("min", range.min(), "max", range.max()));
    updateData(update);
  }

  /**
   * Replaces a heatmap's cells in place and gives it a new grid and row names too, for a heatmap
   * that grows a row at a time.
   */
  public void updateMatrix(
      List<MatrixCell> cells, double min, double max, int columns, List<String> rowLabels) {
    var rules =
        new MatrixOptions()
            .setRange(min, max)
            .setGrid(columns, Math.max(1, rowLabels.size()))
            .setRowLabels(rowLabels)
            .getRules();
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", List.of(Map.of("data", cells)));
    update.put(
        "gradflow",
        Map.of(
            "min", rules.min(),
            "max", rules.max(),
            "columns", rules.columns(),
            "rows", rules.rows(),
            "rowLabels", rules.rowLabels()));
    updateData(update);
  }

  /** The shortest time between two updates that the browser applies. */
  public void setMinUpdateInterval(Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException(
          "minUpdateInterval must not be negative, but is " + interval);
    }
    getElement().setProperty("minUpdateInterval", interval.toMillis());
  }

  /** A text alternative for screen readers, which cannot read a canvas. */
  public void setAccessibleLabel(String label) {
    getElement().setAttribute("aria-label", label);
  }
}
