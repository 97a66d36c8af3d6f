package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object of compare mode at {@code /compare}: A and B side by side. */
public final class ComparePage {

  private static final Locator.WaitForOptions LONG =
      new Locator.WaitForOptions().setTimeout(90_000);

  private final Page page;

  private ComparePage(Page page) {
    this.page = page;
  }

  /** Opens compare mode, with a comparison lesson when {@code lesson} is not null. */
  public static ComparePage open(Page page, String baseUrl, String lesson) {
    page.navigate(baseUrl + "/compare" + (lesson == null ? "" : "?lesson=" + lesson));
    page.locator("#compare").waitFor();
    return new ComparePage(page);
  }

  /** Reaches compare mode the way a teacher does: the header's mode switch. */
  public static ComparePage fromHeader(Page page) {
    page.locator("#mode-compare").click();
    page.locator("#compare").waitFor();
    return new ComparePage(page);
  }

  /** The compare page the browser is already on. */
  public static ComparePage fromCurrent(Page page) {
    page.locator("#compare").waitFor();
    return new ComparePage(page);
  }

  public ComparePage duplicateAToB() {
    page.locator("#duplicate-to-b").click();
    page.waitForFunction(
        "() => document.querySelector('#summary-b').innerText"
            + " === document.querySelector('#summary-a').innerText");
    return this;
  }

  /**
   * Opens a side's form ("a" or "b") and types into one of its fields, e.g. training-steps (whose
   * id on that side is a-training-steps).
   */
  public ComparePage type(String side, String fieldId, String text) {
    var details = page.locator("#edit-" + side);
    if (details.getAttribute("opened") == null) {
      // Its own summary, not those of the layer cards' "The math" panels inside it.
      details.locator(":scope > vaadin-details-summary").click();
    }
    var input = page.locator("#" + side + "-" + fieldId + " input");
    input.fill(text);
    input.press("Tab");
    return this;
  }

  public ComparePage trainBoth() {
    page.locator("#train-both").click();
    page.locator("#compare[data-running]").waitFor();
    return this;
  }

  public ComparePage resetBoth() {
    page.locator("#reset-both").click();
    page.locator("#compare:not([data-running])").waitFor();
    return this;
  }

  /** Pauses both runs and waits until neither moves any more. */
  public ComparePage pauseBoth() {
    page.locator("#pause-both").click();
    page.waitForFunction(
        "() => ['a', 'b'].every(s => document.querySelector('#status-' + s).innerText.includes('Paused'))");
    // A step already under way when Pause came still finishes; wait until neither moves.
    int a;
    int b;
    do {
      a = step("a");
      b = step("b");
      page.waitForTimeout(500);
    } while (a != step("a") || b != step("b"));
    return this;
  }

  public ComparePage stepBoth() {
    page.locator("#step-both").click();
    return this;
  }

  /** What the shared Train button says it will do: "Train both" or "Restart both". */
  public String trainLabel() {
    return page.locator("#train-both").innerText().strip();
  }

  /** The lesson the comparison menu shows as chosen. */
  public String chosenComparison() {
    return page.locator("#comparison vaadin-select-value-button").innerText().strip();
  }

  /** The words of Vaadin's connection indicator, as {online, offline, reconnecting}. */
  @SuppressWarnings("unchecked")
  public java.util.List<String> connectionTexts() {
    return (java.util.List<String>)
        page.evaluate(
            "() => { const c = window.Vaadin.connectionIndicator;"
                + " return [c.onlineText, c.offlineText, c.reconnectingText]; }");
  }

  public String pauseLabel() {
    return page.locator("#pause-both").innerText();
  }

  /** The step a side ("a" or "b") has reached, as last shown. */
  public int step(String side) {
    return Integer.parseInt(page.locator("#side-" + side).getAttribute("data-step"));
  }

  /** Waits until a side ("a" or "b") has reached at least this step. */
  public ComparePage awaitStep(String side, int step) {
    page.waitForFunction(
        "([s, n]) => Number(document.querySelector('#side-' + s).dataset.step) >= n",
        java.util.List.of(side, step));
    return this;
  }

  /** Waits until a side ("a" or "b") reaches a status such as finished or running. */
  public ComparePage awaitStatus(String side, String status) {
    page.locator("#side-" + side + "[data-status='" + status + "']").waitFor(LONG);
    return this;
  }

  /** The loss of a side's first training step, as the page exposes it. */
  public String firstLoss(String side) {
    page.locator("#side-" + side + "[data-first-loss]").waitFor(LONG);
    return page.locator("#side-" + side).getAttribute("data-first-loss");
  }

  public String summary(String side) {
    return page.locator("#summary-" + side).innerText();
  }

  public String explanation() {
    return page.locator("#comparison-explanation").innerText();
  }

  public String lossDifference() {
    page.locator("#loss-difference:not(:empty)").waitFor(LONG);
    return page.locator("#loss-difference").innerText();
  }

  public String stepLine() {
    return page.locator("#compare-step").innerText();
  }

  public ChartElement heatmap(String side) {
    var host = page.locator("gradflow-chart#heatmap-" + side);
    host.waitFor(
        new Locator.WaitForOptions()
            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED)
            .setTimeout(90_000));
    return new ChartElement(host).awaitCreated();
  }

  /**
   * Waits until both heatmaps show the colour range the server chose for the pair (each chart
   * applies updates at its own bounded rate) and returns it as {min, max}.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<Number> awaitSharedColourRange() {
    String js =
        "() => { const c = document.querySelector('#compare');"
            + " const r = id => { const el = document.querySelector('gradflow-chart#' + id);"
            + " return el && el.chart && el.chart.$gradflow && el.chart.$gradflow.rules; };"
            + " const a = r('heatmap-a'), b = r('heatmap-b');"
            + " return a && b && Number(c.dataset.rangeMin) === a.min && Number(c.dataset.rangeMax) === a.max"
            + " && a.min === b.min && a.max === b.max ? [a.min, a.max] : null; }";
    return (java.util.List<Number>) page.waitForFunction(js).jsonValue();
  }

  public ChartElement lossChart() {
    return new ChartElement(page.locator("gradflow-chart#compare-loss-chart")).awaitCreated();
  }

  public String url() {
    return page.url();
  }

  /** Presses the header's button for a language ({@code "en"}, {@code "zh"}) and waits for it. */
  public ComparePage switchLanguage(String language) {
    page.locator("#language-" + language).click();
    page.locator("#language-" + language + "[aria-pressed='true']").waitFor();
    page.locator("#compare").waitFor();
    return this;
  }

  /** Every word on the page a sighted student can read. */
  public String visibleText() {
    return (String) page.evaluate("() => document.body.innerText");
  }
}
