package gradflow.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/** What the capacity benchmarks do to a whole room of pages at once. */
final class WholeRoom {
  private WholeRoom() {}

  /**
   * Every page presses Train at one wall-clock time, instead of one click after another from the
   * test, which takes seconds for 30 pages; returns that time (epoch milliseconds) once it has
   * come.
   */
  static long pressTrainTogether(List<Page> pages) throws InterruptedException {
    long goAt = System.currentTimeMillis() + 1000 + 50L * pages.size();
    for (Page p : pages) {
      p.evaluate(
          "t => setTimeout(() => document.querySelector('#train').click(), t - Date.now())",
          (double) goAt);
    }
    Thread.sleep(Math.max(0, goAt - System.currentTimeMillis()));
    return goAt;
  }
}
