package gradflow.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;

/** Page object of a shared experiment, {@code /x/{slug}}, and of the playground's Share box. */
public final class SharedPage {

  private final Page page;
  private final Response response;

  private SharedPage(Page page, Response response) {
    this.page = page;
    this.response = response;
  }

  /** Presses Share on the playground and returns the link's path, {@code /x/{slug}}. */
  public static String share(Page page) {
    page.locator("#share-button").click();
    page.locator("#share[data-slug]").waitFor();
    return "/x/" + page.locator("#share").getAttribute("data-slug");
  }

  public static SharedPage open(Page page, String baseUrl, String path) {
    var response = page.navigate(baseUrl + path);
    return new SharedPage(page, response);
  }

  public int httpStatus() {
    return response.status();
  }

  public String summary() {
    return page.locator("#shared-summary").innerText();
  }

  /** The step the replay shows. */
  public int step() {
    page.locator("#replay[data-step]").waitFor();
    return Integer.parseInt(page.locator("#replay").getAttribute("data-step"));
  }

  /** Moves the replay's slider to its first probe, by keyboard. */
  public SharedPage toFirstStep() {
    page.locator("#replay-step").focus();
    page.keyboard().press("Home");
    page.waitForFunction("() => document.querySelector('#replay').dataset.step === '0'");
    return this;
  }

  /** The heatmap's cells (log10 values) as the replay draws them. */
  @SuppressWarnings("unchecked")
  public List<Number> heatmapValues() {
    return (List<Number>)
        page.locator("gradflow-chart#gradient-heatmap")
            .evaluate("el => el.chart.data.datasets[0].data.map(c => c.v)");
  }

  public void fork() {
    page.locator("#shared-fork").click();
    page.waitForURL("**/?spec=*");
  }
}
