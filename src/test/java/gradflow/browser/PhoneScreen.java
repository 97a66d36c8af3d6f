package gradflow.browser;

import com.microsoft.playwright.Page;

/** What a page looks like on a narrow screen: how far it reaches sideways, and what is in view. */
public final class PhoneScreen {
  private final Page page;

  PhoneScreen(Page page) {
    this.page = page;
  }

  /** How many CSS pixels the page reaches past the right edge of the screen (0: none). */
  public int sidewaysOverflow() {
    return ((Number)
            page.evaluate(
                "() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
        .intValue();
  }

  /** Whether an element lies wholly within the screen's width, so that it can be tapped. */
  public boolean fitsAcross(String selector) {
    return Boolean.TRUE.equals(
        page.locator(selector)
            .evaluate(
                "e => { const r = e.getBoundingClientRect();"
                    + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth; }"));
  }

  /** Whether a field's label is shown whole, not cut short with an ellipsis. */
  public boolean labelShownWhole(String fieldSelector) {
    return Boolean.TRUE.equals(
        page.locator(fieldSelector + " > label[slot='label']")
            .evaluate("l => l.scrollWidth <= l.clientWidth"));
  }

  /** Opens every "Show the numbers" on the page and waits until their tables are filled. */
  public PhoneScreen openEveryNumbersTable() {
    var summaries = page.locator("details.gf-numbers > summary");
    for (int i = 0; i < summaries.count(); i++) {
      if (summaries.nth(i).isVisible()) {
        summaries.nth(i).click();
      }
    }
    page.waitForFunction(
        "() => [...document.querySelectorAll('details.gf-numbers[open]')]"
            + ".every(d => d.querySelector('tbody tr'))");
    return this;
  }
}
