package gradflow.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a full-page screenshot as target/screenshots/failed-Class-method.png when a test fails,
 * before the page is closed, so that a red CI run shows what the browser saw.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

  static final Path DIRECTORY = Path.of("target", "screenshots");

  private final Supplier<Page> page;

  ScreenshotOnFailure(Supplier<Page> page) {
    this.page = page;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    var current = page.get();
    if (context.getExecutionException().isEmpty() || current == null || current.isClosed()) {
      return;
    }
    var name =
        "failed-"
            + context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    save(current, name);
  }

  /** Saves a screenshot of the page under target/screenshots/{name}.png and returns its path. */
  static Path save(Page page, String name) {
    var file = DIRECTORY.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }
}
