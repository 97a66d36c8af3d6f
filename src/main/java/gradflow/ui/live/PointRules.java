package gradflow.ui.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import software.xdev.chartjs.model.options.LineOptions;

/**
 * Options of a point chart with the named rules that {@code gradflow-chart.js} installs as
 * functions (JSON cannot carry them): {@code tooltip: "pointLabel"} prints each point's own {@code
 * label}, and {@code equalAspect} with {@code extent} draws a circle round.
 */
class PointRules extends LineOptions {

  @JsonIgnore private final Map<String, Object> rules = new LinkedHashMap<>();

  /**
   * Tooltips print the {@code label} (a string or a list of lines) of the point under the mouse.
   */
  PointRules pointLabelTooltips() {
    rules.put("tooltip", "pointLabel");
    return this;
  }

  /**
   * One unit is as long across as up, and both axes span at least [-extent, extent] around 0 and
   * every point.
   */
  PointRules equalAspect(double extent) {
    rules.put("equalAspect", true);
    rules.put("extent", extent);
    return this;
  }

  @JsonProperty("gradflow")
  public Map<String, Object> getRules() {
    return rules;
  }
}
