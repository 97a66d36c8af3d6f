package gradflow.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import software.xdev.chartjs.model.charts.BarChart;

/**
 * Writes chart data with the same Jackson settings that chartjs-java-model uses for whole configs.
 */
final class ChartJson {

  private ChartJson() {}

  private static final ObjectWriter WRITER = new BarChart().getDefaultObjectWriter();

  static String write(Object value) {
    try {
      return WRITER.forType(value.getClass()).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart data could not be written as JSON", e);
    }
  }
}
