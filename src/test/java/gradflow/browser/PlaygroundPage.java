package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object of the playground at {@code /}. */
public final class PlaygroundPage {

  private final Page page;

  private PlaygroundPage(Page page) {
    this.page = page;
  }

  /**
   * Opens the playground and waits until Vaadin has rendered the view (not just its loading
   * placeholder).
   */
  public static PlaygroundPage open(Page page, String baseUrl) {
    page.navigate(baseUrl + "/");
    page.locator("#app-title").waitFor();
    return new PlaygroundPage(page);
  }

  public String title() {
    return page.locator("#app-title").innerText();
  }

  /** The heading of a region: stack-builder, run-controls or charts. */
  public String regionHeading(String regionId) {
    return page.locator("#" + regionId + " h2").innerText();
  }

  public Locator region(String regionId) {
    return page.locator("#" + regionId);
  }

  /** The left side: lessons, stack builder, task and training controls. */
  public StackBuilderPanel builder() {
    return new StackBuilderPanel(page);
  }

  /**
   * Presses Tab until the element matching the selector (or something inside it) has the focus, as
   * a keyboard user would; fails if it is not reached within {@code maxPresses}.
   */
  public PlaygroundPage tabTo(String selector, int maxPresses) {
    var check =
        "sel => { const t = document.querySelector(sel); let a = document.activeElement;"
            + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
            + " return !!t && (t === document.activeElement || t.contains(document.activeElement)"
            + " || (t.shadowRoot && t.shadowRoot.contains(a))); }";
    for (int i = 0; i < maxPresses; i++) {
      if (Boolean.TRUE.equals(page.evaluate(check, selector))) {
        return this;
      }
      page.keyboard().press("Tab");
    }
    throw new AssertionError(selector + " was not reached with " + maxPresses + " presses of Tab");
  }

  /** Presses a key on whatever has the focus. */
  public PlaygroundPage press(String key) {
    page.keyboard().press(key);
    return this;
  }

  public RunControls run() {
    return new RunControls(page);
  }

  public ChartElement decayPreview() {
    return new ChartElement(page.locator("gradflow-chart#decay-preview")).awaitCreated();
  }

  public boolean isDevelopmentMode() {
    return Boolean.TRUE.equals(
        page.evaluate("() => window.Vaadin && window.Vaadin.developmentMode === true"));
  }
}
