package gradflow.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One heatmap cell at column {@code x}, row {@code y}, with value {@code v}. JSON has no NaN or
 * infinity, so a non-finite value travels as the string {@code "NaN"}, {@code "Infinity"} or {@code
 * "-Infinity"}, which the chart draws in its own colour and names in the tooltip.
 */
public record MatrixCell(int x, int y, double v) {

  @JsonValue
  Map<String, Object> json() {
    var map = new LinkedHashMap<String, Object>(4);
    map.put("x", x);
    map.put("y", y);
    map.put("v", Double.isFinite(v) ? (Object) v : Double.toString(v));
    return map;
  }
}
