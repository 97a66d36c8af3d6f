package gradflow.browser;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;

/**
 * Page object of one {@code <gradflow-chart>}: reads what Chart.js itself holds, so that tests
 * check the data that is drawn rather than pixels.
 */
public final class ChartElement {

  private final Locator host;

  ChartElement(Locator host) {
    this.host = host;
  }

  /** Waits until Chart.js has created the chart. */
  public ChartElement awaitCreated() {
    host.page().waitForFunction("el => el.chart != null", host.elementHandle());
    return this;
  }

  public String type() {
    return (String) host.evaluate("el => el.chart.config.type");
  }

  public int updateCount() {
    return ((Number) host.evaluate("el => el.updateCount")).intValue();
  }

  /** Waits until the chart has applied more than {@code count} updates. */
  public void awaitUpdateCountAbove(int count) {
    host.page()
        .waitForFunction("([el, n]) => el.updateCount > n", List.of(host.elementHandle(), count));
  }

  /** How many datasets (lines, bars, point sets) Chart.js holds. */
  public int datasetCount() {
    return ((Number) host.evaluate("el => el.chart.data.datasets.length")).intValue();
  }

  /** The data points of one dataset, as Chart.js holds them. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> points(int dataset) {
    return (List<Map<String, Object>>)
        host.evaluate("(el, i) => el.chart.data.datasets[i].data", dataset);
  }

  /** Waits until a dataset holds at least {@code count} points. */
  public void awaitPoints(int dataset, int count) {
    host.page()
        .waitForFunction(
            "([el, i, n]) => el.chart && el.chart.data.datasets[i] && el.chart.data.datasets[i].data.length >= n",
            List.of(host.elementHandle(), dataset, count));
  }

  /** The colour range of a heatmap, {min, max}, as the chart's colour rules hold it. */
  @SuppressWarnings("unchecked")
  public List<Number> colourRange() {
    return (List<Number>)
        host.evaluate("el => [el.chart.$gradflow.rules.min, el.chart.$gradflow.rules.max]");
  }

  /** The milliseconds the browser took to apply the last update. */
  public double lastApplyMillis() {
    return ((Number) host.evaluate("el => el.lastApplyMillis")).doubleValue();
  }
}
