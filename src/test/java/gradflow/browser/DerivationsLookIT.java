package gradflow.browser;

import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Throwaway: screenshots of the derivation lessons for looking at. */
class DerivationsLookIT extends BrowserTest {

  private void shot(Locator l, String name) {
    l.scrollIntoViewIfNeeded();
    l.screenshot(
        new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
  }

  @Test
  void look() {
    page().setViewportSize(1400, 1000);
    for (String lesson : new String[] {"forget-is-b", "bound", "residual-adds-i"}) {
      var compare = ComparePage.open(page(), baseUrl(), lesson);
      compare.trainBoth();
      compare.awaitStatus("a", "finished");
      compare.awaitStatus("b", "finished");
      page().waitForTimeout(2500);
      ScreenshotOnFailure.save(page(), "look-compare-" + lesson);
      shot(page().locator("#side-a"), "look-side-a-" + lesson);
      shot(page().locator("#side-b"), "look-side-b-" + lesson);
    }
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("9. B is the forget gate: bias −3 vs +3");
    playground.builder().type("#layer-0-forget-bias", "3");
    playground.run().train().awaitStatus("finished");
    page().waitForTimeout(2500);
    ScreenshotOnFailure.save(page(), "look-playground-9");
    shot(page().locator("gradflow-chart#cell-terms").locator(".."), "look-cell-terms-9");
    shot(page().locator("gradflow-chart#cell-products").locator(".."), "look-cell-products-9");
    shot(page().locator("gradflow-chart#decay-profile").locator(".."), "look-decay-9");
  }
}
