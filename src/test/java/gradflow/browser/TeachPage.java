package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object of the instructor's pages: {@code /teach} and a class's dashboard. */
public final class TeachPage {
  private final Page page;
  private final String baseUrl;

  public TeachPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public TeachPage open() {
    page.navigate(baseUrl + "/teach");
    page.locator("#app-title").waitFor();
    return this;
  }

  public Page page() {
    return page;
  }

  public TeachPage signIn(String token) {
    page.locator("#instructor-token input").fill(token);
    page.locator("#sign-in").click();
    return this;
  }

  public String tokenError() {
    page.locator("#instructor-token[invalid]").waitFor();
    return page.locator("#instructor-token [slot='error-message']").innerText();
  }

  /** Creates a class at a saved experiment's link and returns its join code. */
  public String createAt(String title, String link) {
    page.locator("#class-title input").fill(title);
    page.locator("#class-link input").fill(link);
    page.locator("#create-class").click();
    page.locator("#join-code").waitFor();
    return page.locator("#join-code").innerText().strip();
  }

  public TeachPage sweep(String from, String to, String count) {
    page.locator("#sweep-from input").fill(from);
    page.locator("#sweep-to input").fill(to);
    page.locator("#sweep-count input").fill(count);
    page.locator("#sweep-count input").press("Tab");
    page.locator("#set-sweep").click();
    return this;
  }

  public String sweepValues() {
    return page.locator("#sweep-values").innerText();
  }

  /** Presses the lock toggle with this label; the class's pages hear of it by push. */
  public TeachPage lock(String label) {
    page.locator("#locks vaadin-button")
        .filter(new Locator.FilterOptions().setHasText(label))
        .first()
        .click();
    page.locator("#locks vaadin-button[aria-pressed='true']")
        .filter(new Locator.FilterOptions().setHasText(label))
        .waitFor();
    return this;
  }

  public TeachPage moveTo(String link) {
    page.locator("#move-link input").fill(link);
    page.locator("#move-class").click();
    page.waitForFunction(
        "l => document.querySelector('#class-where').innerText.includes(l)",
        link.substring(link.lastIndexOf('/') + 1));
    return this;
  }

  /** Moves the class to a lesson picked by its title, e.g. "1. A tanh RNN forgets". */
  public TeachPage moveToLesson(String title) {
    page.locator("#move-lesson").click();
    page.locator("vaadin-select-item:text-is('" + title + "')").click();
    page.locator("#move-class").click();
    page.waitForFunction(
        "t => document.querySelector('#class-where').innerText.includes(t)", title);
    return this;
  }

  /** Waits until the sweep plot has this many points and the gallery this many cards. */
  public TeachPage awaitResults(int runs) {
    page.locator("#sweep-plot[data-points='" + runs + "']")
        .waitFor(new Locator.WaitForOptions().setTimeout(60_000));
    page.locator("#gallery[data-cards='" + runs + "']").waitFor();
    return this;
  }

  public String plotTable() {
    page.locator("#sweep-plot details summary").click();
    // The table is written by the server once the details open.
    page.locator("#sweep-plot table tbody tr").first().waitFor();
    return page.locator("#sweep-plot table").innerText();
  }

  /** Presses the first card's "Show to the class" and returns the tab it opened. */
  public Page showFirstToClass() {
    return page.waitForPopup(() -> page.locator("#gallery a[id^='show-']").first().click());
  }

  /** Picks the first two cards for compare mode and returns the link it offers. */
  public String compareFirstTwo() {
    var picks = page.locator("#gallery [id^='compare-']");
    picks.nth(0).click();
    picks.nth(1).click();
    page.locator("#open-compare").waitFor();
    return page.locator("#open-compare").getAttribute("href");
  }

  public String number(String key) {
    return page.locator("#number-" + key).innerText();
  }
}
