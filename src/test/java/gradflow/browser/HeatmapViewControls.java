package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Page object of "Show: latest step / step 0 / largest gradient" and "relative" above a heatmap
 * ({@code #heatmap-view} on the playground, {@code #compare-view} in compare mode), and of the
 * captions that say which probe each heatmap shows.
 */
public final class HeatmapViewControls {

  private final Page page;
  private final String id;

  HeatmapViewControls(Page page, String id) {
    this.page = page;
    this.id = id;
  }

  /** The label of the chosen option, e.g. "Step 0 (before training)". */
  public String chosen() {
    return ((String)
            page.locator("#" + id + "-shown")
                .evaluate(
                    "g => [...g.querySelectorAll('vaadin-radio-button')].filter(b => b.checked)"
                        + ".map(b => b.label || b.textContent)[0] || ''"))
        .strip();
  }

  public HeatmapViewControls choose(String label) {
    page.locator("#" + id + "-shown vaadin-radio-button")
        .filter(new Locator.FilterOptions().setHasText(label))
        .click();
    return this;
  }

  /**
   * Waits until the caption under a heatmap ({@code gradient-heatmap}, {@code heatmap-a}) says it.
   */
  public HeatmapViewControls awaitCaption(String heatmapId, String text) {
    page.locator("#" + heatmapId + "-caption")
        .filter(new Locator.FilterOptions().setHasText(text))
        .waitFor(new Locator.WaitForOptions().setTimeout(60_000));
    return this;
  }

  public String caption(String heatmapId) {
    return page.locator("#" + heatmapId + "-caption").innerText();
  }

  /**
   * The value of each heatmap cell (log10) of one row, by time step or, for depth, the only one.
   */
  @SuppressWarnings("unchecked")
  public static List<Number> row(Page page, String heatmapId, int layer) {
    return (List<Number>)
        page.locator("gradflow-chart#" + heatmapId)
            .evaluate(
                "(el, l) => el.chart.data.datasets[0].data.filter(c => c.y === l).map(c => c.v)",
                layer);
  }

  /** The labels Chart.js draws on an axis, empty ones left out. */
  @SuppressWarnings("unchecked")
  public static List<String> tickLabels(Page page, String chartId, String axis) {
    return (List<String>)
        page.locator("gradflow-chart#" + chartId)
            .evaluate(
                "(el, a) => el.chart.scales[a].ticks.map(t => String(t.label)).filter(l => l !== '')",
                axis);
  }
}
