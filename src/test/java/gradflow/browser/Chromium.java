package gradflow.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for the whole test run, shared by every browser test; each test gets its
 * own context (cookies, storage) and page from it.
 *
 * <p>Playwright never downloads a browser here (the machines reach no download host); it drives the
 * system's Chromium: {@code GRADFLOW_CHROMIUM} if set, else the {@code gradflow.chromium} system
 * property, else /usr/bin/chromium.
 */
final class Chromium {

  /** Flags for a root, sandbox-less machine with a closed network: no GPU, no calls home. */
  static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private static Playwright playwright;
  private static Browser browser;

  private Chromium() {}

  static synchronized Browser browser() {
    if (browser == null) {
      var executable = executable();
      forgetOldScreenshots();
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(FLAGS));
      Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close, "chromium-shutdown"));
    }
    return browser;
  }

  /** Screenshots describe the last run only; a stale "failed-…" picture would mislead. */
  private static void forgetOldScreenshots() {
    try (var old = Files.newDirectoryStream(ScreenshotOnFailure.DIRECTORY, "*.png")) {
      for (var file : old) {
        Files.delete(file);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // Nothing to forget on a fresh checkout.
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path executable() {
    var configured = System.getenv("GRADFLOW_CHROMIUM");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("gradflow.chromium", "/usr/bin/chromium");
    }
    var path = Path.of(configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "No Chromium at "
              + path
              + ". Install Debian's chromium (apt-get install -y chromium) or set GRADFLOW_CHROMIUM to a"
              + " Chromium executable.");
    }
    return path;
  }

  private static synchronized void close() {
    if (playwright != null) {
      playwright.close();
      playwright = null;
      browser = null;
    }
  }
}
