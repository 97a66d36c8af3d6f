package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object of a student's class page, {@code /c/{code}}. */
public final class ClassPage {
  private final Page page;

  private ClassPage(Page page) {
    this.page = page;
  }

  public static ClassPage open(Page page, String baseUrl, String code) {
    page.navigate(baseUrl + "/c/" + code);
    page.locator("#app-title").waitFor();
    return new ClassPage(page);
  }

  public Page page() {
    return page;
  }

  public ClassPage join(String nickname) {
    page.locator("#nickname input").fill(nickname);
    page.locator("#join").click();
    return this;
  }

  /** Joins and waits for the student's desk. */
  public ClassPage joinAs(String nickname) {
    join(nickname);
    page.locator("#student-desk").waitFor();
    return this;
  }

  public String nicknameError() {
    page.locator("#nickname[invalid]").waitFor();
    return page.locator("#nickname [slot='error-message']").innerText();
  }

  /** What a page without a class says: a wrong, expired or ended code. */
  public String goneText() {
    return page.locator("#class-gone-text").innerText();
  }

  public String yourValue() {
    return page.locator("#your-value").innerText();
  }

  /** Waits until the page shows the class at this target (a lesson id or a saved slug). */
  public ClassPage awaitTarget(String id) {
    page.locator("#student-desk[data-target='" + id + "']")
        .waitFor(new Locator.WaitForOptions().setTimeout(5_000));
    return this;
  }

  public String notice() {
    return page.locator("#class-notice").innerText();
  }

  public Locator swapButton() {
    return page.locator("#swap-work");
  }

  /** A field of the form, by its id (e.g. {@code training-learning-rate}). */
  public Locator field(String id) {
    return page.locator("#" + id);
  }

  public String helperOf(String id) {
    return page.locator("#" + id + " [slot='helper']").innerText();
  }

  public RunControls run() {
    return new RunControls(page);
  }
}
