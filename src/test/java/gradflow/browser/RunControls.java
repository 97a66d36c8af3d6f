package gradflow.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** Page object of the run's buttons, progress and status, and of its live charts. */
public final class RunControls {

  private final Page page;

  RunControls(Page page) {
    this.page = page;
  }

  public RunControls train() {
    page.locator("#train").click();
    page.locator("#run-panel[data-run-id]").waitFor();
    return this;
  }

  public RunControls pause() {
    page.locator("#pause").click();
    return this;
  }

  public RunControls reset() {
    page.locator("#reset").click();
    page.locator("#run-panel:not([data-run-id])").waitFor();
    return this;
  }

  /** Presses Train (or Restart) and waits until the page shows a new run. */
  public RunControls restart() {
    String before = runId();
    page.locator("#train").click();
    page.waitForFunction(
        "id => { const p = document.querySelector('#run-panel');"
            + " return p.dataset.runId && p.dataset.runId !== id; }",
        before);
    return this;
  }

  /** Presses Train when the spec cannot run, and returns what the page says about it. */
  public String trainRefused() {
    page.locator("#train").click();
    page.locator("#run-problems li").first().waitFor();
    return status() + "\n" + page.locator("#run-problems").innerText();
  }

  /** Presses One step. */
  public RunControls stepOnce() {
    page.locator("#step").click();
    return this;
  }

  /** What the Train button says it will do: "Train" or "Restart". */
  public String trainLabel() {
    return page.locator("#train").innerText().strip();
  }

  public boolean canStep() {
    return page.locator("#step").isEnabled();
  }

  /** Whether the run's charts are on screen (before any run, the lesson's preview is). */
  public boolean chartsShown() {
    return page.locator("#gradient-heatmap").isVisible();
  }

  public boolean previewShown() {
    return page.locator("#decay-preview").isVisible();
  }

  /** Waits until the status says the run is paused. */
  public RunControls awaitPaused() {
    page.waitForCondition(() -> status().startsWith("Paused"));
    return this;
  }

  /** The id under which the REST API knows this page's run. */
  public String runId() {
    return page.locator("#run-panel").getAttribute("data-run-id");
  }

  public String status() {
    return page.locator("#run-status").innerText();
  }

  /** Waits until the run reaches a status (finished, diverged, cancelled, failed, running). */
  public RunControls awaitStatus(String status) {
    page.locator("#run-status[data-status='" + status + "']")
        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(90_000));
    return this;
  }

  /** The "Why?" panel under a chart, by the chart's id (e.g. {@code decay-profile}). */
  public ExplanationPanel why(String chartId) {
    return new ExplanationPanel(page.locator("#why-" + chartId));
  }

  public ChartElement heatmap() {
    page.locator("gradflow-chart#gradient-heatmap")
        .waitFor(
            new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
    return new ChartElement(page.locator("gradflow-chart#gradient-heatmap")).awaitCreated();
  }

  public ChartElement history() {
    return new ChartElement(page.locator("gradflow-chart#gradient-history")).awaitCreated();
  }

  public ChartElement lossChart() {
    return new ChartElement(page.locator("gradflow-chart#loss-chart")).awaitCreated();
  }

  public ChartElement weightChart() {
    return new ChartElement(page.locator("gradflow-chart#weight-grad-chart")).awaitCreated();
  }
}
