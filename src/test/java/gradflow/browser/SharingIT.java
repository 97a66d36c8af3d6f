package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** Share links in a real browser: a student shares a run, a teacher opens it, replays and forks. */
class SharingIT extends BrowserTest {

  private static final Locator.WaitForOptions LONG =
      new Locator.WaitForOptions().setTimeout(90_000);

  @Test
  void aSharedRunReplaysTheSameHeatmapsStepByStepInAnotherBrowser() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("1. A tanh RNN forgets");
    var run = playground.run().train();
    page().locator("#run-status[data-status='finished']").waitFor(LONG);
    run.heatmap().awaitUpdateCountAbove(0);
    page().waitForTimeout(500);
    var live =
        page()
            .locator("gradflow-chart#gradient-heatmap")
            .evaluate("el => el.chart.data.datasets[0].data.map(c => c.v)");

    String link = SharedPage.share(page());
    assertThat(page().locator("#share-link input").inputValue()).endsWith(link).startsWith("http");

    var teacher = pageSized(1400, 1000);
    var shared = SharedPage.open(teacher, baseUrl(), link);
    assertThat(shared.httpStatus()).isEqualTo(200);
    // What a chat app reads when the link is pasted: the tags in the HTML as served.
    String html = teacher.request().get(baseUrl() + link).text();
    assertThat(html).contains("property=\"og:title\"").contains("Adding problem");
    assertThat(shared.summary()).contains("Adding problem").contains("rnn");
    assertThat(teacher.title()).contains("Adding problem");
    assertThat(shared.step()).isEqualTo(1000);
    teacher.waitForFunction(
        "() => document.querySelector('gradflow-chart#gradient-heatmap').updateCount > 0");
    assertThat(shared.heatmapValues()).isEqualTo(live);

    shared.toFirstStep();
    assertThat(shared.heatmapValues()).isNotEqualTo(live);
    ScreenshotOnFailure.save(teacher, "shared-run-step-0");

    // Exports of the shared run: the files, and the charts as drawn.
    var csv = teacher.waitForDownload(() -> teacher.locator("#export-probes-csv").click());
    assertThat(csv.suggestedFilename()).endsWith("probes.csv");
    var png = teacher.waitForDownload(() -> teacher.locator("#export-png").click());
    assertThat(png.suggestedFilename()).startsWith("gradflow-").endsWith(".png");
  }

  @Test
  void afterARunThePlaygroundOffersItsFilesIncludingAPyTorchScript() throws Exception {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("2. Eigenvalues decide");
    playground.run().train();
    page().locator("#run-status[data-status='finished']").waitFor(LONG);

    page().locator("#export-train-py").waitFor();
    var script = page().waitForDownload(() -> page().locator("#export-train-py").click());

    assertThat(script.suggestedFilename()).endsWith("train.py");
    assertThat(java.nio.file.Files.readString(script.path())).contains("import torch");
  }

  @Test
  void forkingASharedExperimentLoadsItIntoTheBuilderAsANewOne() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("7. A stacked LSTM");
    String link = SharedPage.share(page());
    assertThat(page().locator("#share-message").innerText()).contains("ready to train");

    var student = pageSized(1400, 1000);
    var shared = SharedPage.open(student, baseUrl(), link);
    student.locator("#shared-spec-only").waitFor();
    // ready to train with one press, on the shared page itself
    student.locator("#train").click();
    student.locator("#run-panel[data-run-id]").waitFor();
    student.locator("#reset").click();
    shared.fork();

    var builder = PlaygroundPage.current(student).builder();
    assertThat(builder.layerCount()).isEqualTo(4);
    assertThat(builder.valueOf("#connection")).isEqualTo("Residual (He 2016)");
  }

  @Test
  void anUnknownSlugAnswers404WithAPageThatSaysSo() {
    var page = SharedPage.open(page(), baseUrl(), "/x/AAAAAAAAAAAAAAAAAAAAAA");

    assertThat(page.httpStatus()).isEqualTo(404);
    assertThat(page().locator("#not-found").innerText())
        .contains("does not name a saved experiment");
    var malformed = SharedPage.open(page(), baseUrl(), "/x/not%20a%20slug");
    assertThat(malformed.httpStatus()).isEqualTo(404);
    // The browser reports the 404 document itself as a failed load; nothing else may fail.
    assertThat(consoleErrors()).allMatch(e -> e.contains("status of 404") && e.contains("/x/"));
  }

  @Test
  void aTamperedBuilderLinkOpensTheDefaultsWithANoticeNotAnErrorPage() {
    page().navigate(baseUrl() + "/?spec=eJx-this-is-not-a-spec");
    var playground = PlaygroundPage.current(page());

    page().locator("#link-notice").waitFor();
    assertThat(page().locator("#link-notice").innerText()).contains("could not be read");
    assertThat(playground.builder().layerCount()).isEqualTo(1);
    assertThat(playground.builder().valueOf("#task-kind")).isEqualTo("Adding problem");
    assertNoConsoleErrors();
  }

  @Test
  void aComparisonsAddressCarriesBothSpecsIntoAnotherBrowser() {
    var compare = ComparePage.open(page(), baseUrl(), "lstm-vs-rnn");
    compare.type("b", "training-steps", "777");
    page().waitForFunction("() => document.querySelector('#summary-b').innerText.includes('777')");
    page().waitForTimeout(300);
    String address = page().url();
    assertThat(address).contains("a=").contains("b=");

    var colleague = pageSized(1400, 1000);
    colleague.navigate(address);
    var same = ComparePage.fromCurrent(colleague);

    colleague.waitForFunction(
        "() => document.querySelector('#summary-b').innerText.includes('777 steps')");
    assertThat(same.summary("a")).isEqualTo(compare.summary("a"));
    assertThat(same.summary("b")).isEqualTo(compare.summary("b"));
  }

  @Test
  void eachSideOfAComparisonSharesItsOwnRun() {
    var compare = ComparePage.open(page(), baseUrl(), "exploding-clipping");
    compare.trainBoth().awaitStatus("a", "diverged").awaitStatus("b", "finished");

    page().locator("#share-b-button").click();
    page().locator("#share-b[data-slug]").waitFor();
    String slug = page().locator("#share-b").getAttribute("data-slug");
    page().locator("#export-b-train-py").waitFor();

    var colleague = pageSized(1400, 1000);
    var shared = SharedPage.open(colleague, baseUrl(), "/x/" + slug);
    assertThat(shared.summary()).contains("clip 1");
    assertThat(shared.step()).isEqualTo(300);
  }

  @Test
  void thePlaygroundsAddressOpensTheSameControlsInAnotherBrowser() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("4. LSTM vs RNN").typeHidden(1, "24");
    page().waitForFunction("() => location.search.includes('spec=')");
    page().waitForTimeout(300);
    String address = page().url();

    var other = pageSized(1400, 1000);
    other.navigate(address);
    var same = PlaygroundPage.current(other).builder();

    assertThat(same.valueOf("#layer-0-cell")).isEqualTo("LSTM");
    assertThat(same.valueOf("#layer-0-hidden")).isEqualTo("24");
    assertThat(same.valueOf("#task-length")).isEqualTo("100");
    assertThat(same.lessonExplanation()).contains("cell state");
  }
}
