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

  /** The playground the browser is on now, e.g. after following a link to it. */
  public static PlaygroundPage current(Page page) {
    page.locator("#app-title").waitFor();
    page.locator("#lessons").waitFor();
    return new PlaygroundPage(page);
  }

  /**
   * Presses the browser's Back button from another page (compare mode) and waits until the
   * playground is drawn again; compare mode has the same header, so the title alone says nothing.
   */
  public static PlaygroundPage back(Page page) {
    page.goBack();
    page.locator("#layer-cards .gf-layer").first().waitFor();
    return new PlaygroundPage(page);
  }

  Page page() {
    return page;
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

  /**
   * Presses the header's button for a language ({@code "en"}, {@code "zh"}) and waits until the
   * page has been redrawn in it.
   */
  public PlaygroundPage switchLanguage(String language) {
    page.locator("#language-" + language).click();
    page.locator("#language-" + language + "[aria-pressed='true']").waitFor();
    return this;
  }

  /** The language the page says it is in: its {@code <html lang>}. */
  public String documentLanguage() {
    return (String) page.evaluate("() => document.documentElement.lang");
  }

  /** Reloads the page, as a student pressing F5 would. */
  public PlaygroundPage reload() {
    page.reload();
    page.locator("#app-title").waitFor();
    return this;
  }

  /** Every word on the page a sighted student can read. */
  public String visibleText() {
    return (String) page.evaluate("() => document.body.innerText");
  }

  /**
   * The names of the controls, which live in their shadow DOM or attributes and not in {@code
   * innerText}: labels, placeholders, aria labels, and the buttons' own text.
   */
  public String controlNames() {
    return (String)
        page.evaluate(
            "() => [...document.querySelectorAll('[label], [aria-label], [placeholder],"
                + " vaadin-button, summary, vaadin-details-summary')]"
                + ".map(e => [e.getAttribute('label'), e.getAttribute('aria-label'),"
                + " e.getAttribute('placeholder'), e.innerText].filter(Boolean).join(' | '))"
                + ".join('\\n')");
  }
}
