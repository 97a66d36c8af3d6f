package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * Page object of one collapsed "Why?" or "The math" panel: its summary, whether it is open, and
 * what KaTeX made of its formulas (the visual HTML and the MathML a screen reader reads).
 */
public final class ExplanationPanel {

  private final Locator host;

  ExplanationPanel(Locator host) {
    this.host = host;
    host.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
  }

  /** The summary's text, including the words only a screen reader reads. */
  public String summary() {
    return host.locator("vaadin-details-summary").textContent().replaceAll("\\s+", " ").strip();
  }

  public boolean isOpen() {
    return host.getAttribute("opened") != null;
  }

  /** Opens the panel as a student would, by its summary, and waits until KaTeX has typeset it. */
  public ExplanationPanel open() {
    host.locator("vaadin-details-summary").click();
    host.page().waitForFunction("el => el.hasAttribute('opened')", host.elementHandle());
    text().locator("xpath=self::*[@data-rendered]").waitFor();
    return this;
  }

  /** The formulas as KaTeX drew them. */
  public int formulaCount() {
    return text().locator(".katex").count();
  }

  /** Formulas KaTeX could not parse: it shows their source in its error colour instead. */
  public int brokenFormulaCount() {
    return text().locator(".katex-error").count();
  }

  /** The text of the MathML that KaTeX writes for assistive technology. */
  public String mathMl() {
    return (String)
        text().evaluate("el => [...el.querySelectorAll('math')].map(m => m.textContent).join(' ')");
  }

  /** The readable prose and formulas, as the browser shows them. */
  public String readableText() {
    return text().innerText();
  }

  public String papers() {
    return host.locator(".gf-papers").innerText();
  }

  /** Whether the formulas are drawn in KaTeX's own fonts, i.e. the bundled stylesheet arrived. */
  public boolean drawnInKatexFonts() {
    return Boolean.TRUE.equals(
        text()
            .evaluate(
                "async el => { await document.fonts.ready;"
                    + " const f = getComputedStyle(el.querySelector('.katex')).fontFamily;"
                    + " return f.includes('KaTeX_Main') && document.fonts.check('16px KaTeX_Main'); }"));
  }

  /** Whether KaTeX hid its MathML from the eye (but not from screen readers), as its CSS does. */
  public boolean mathMlVisuallyHidden() {
    return Boolean.TRUE.equals(
        text()
            .evaluate(
                "el => { const m = el.querySelector('.katex-mathml');"
                    + " return m && getComputedStyle(m).position === 'absolute'; }"));
  }

  /** Saves just this panel under target/screenshots/{name}.png, to look at its typesetting. */
  public void screenshot(String name) {
    host.screenshot(
        new Locator.ScreenshotOptions()
            .setPath(ScreenshotOnFailure.DIRECTORY.resolve(name + ".png")));
  }

  public Locator locator() {
    return host;
  }

  private Locator text() {
    return host.locator("gradflow-math");
  }
}
