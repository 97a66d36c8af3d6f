package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every browser test: the app on a random port, a fresh browser page per test, the page's
 * console errors collected, and a screenshot under target/screenshots when a test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

  @LocalServerPort private int port;

  @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(this::page);

  private BrowserContext context;
  private final List<BrowserContext> otherContexts = new ArrayList<>();
  private Page page;
  private final List<String> consoleErrors = new ArrayList<>();

  @BeforeEach
  void openPage(TestInfo test) {
    context =
        Chromium.browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1400, 1000)
                    .setLocale("en-US"));
    page = context.newPage();
    page.setDefaultTimeout(30_000);
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            consoleErrors.add(message.text() + " at " + message.location());
          }
        });
    page.onPageError(consoleErrors::add);
  }

  @AfterEach
  void closePage() {
    // Printed for every test, so that a failure's report shows what the browser complained about.
    consoleErrors.forEach(error -> System.err.println("browser console error: " + error));
    if (context != null) {
      context.close();
    }
    otherContexts.forEach(BrowserContext::close);
  }

  /**
   * A fresh page in a browser that asks for another language first, as its {@code Accept-Language}
   * and {@code navigator.language} say (e.g. {@code "zh-CN"}); closed after the test.
   */
  protected Page pageIn(String locale) {
    var other =
        Chromium.browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1400, 1000)
                    .setLocale(locale));
    otherContexts.add(other);
    var otherPage = other.newPage();
    otherPage.setDefaultTimeout(30_000);
    return otherPage;
  }

  /**
   * A fresh English page on a screen of this size, e.g. a phone held upright (390 × 844); closed
   * after the test. Its console errors are collected like the main page's.
   */
  protected Page pageSized(int width, int height) {
    var other =
        Chromium.browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(width, height)
                    .setLocale("en-US"));
    otherContexts.add(other);
    var otherPage = other.newPage();
    otherPage.setDefaultTimeout(30_000);
    otherPage.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            consoleErrors.add(message.text() + " at " + message.location());
          }
        });
    return otherPage;
  }

  protected Page page() {
    return page;
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  protected List<String> consoleErrors() {
    return consoleErrors;
  }

  protected void assertNoConsoleErrors() {
    assertThat(consoleErrors).as("browser console errors").isEmpty();
  }
}
