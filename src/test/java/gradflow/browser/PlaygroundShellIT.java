package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaygroundShellIT extends BrowserTest {

  @Test
  void theShellShowsTheTitleAndItsThreeRegionsWithNoConsoleErrors() {
    var playground = PlaygroundPage.open(page(), baseUrl());

    assertThat(page().title()).contains("GradFlow");
    assertThat(playground.title()).isEqualTo("GradFlow");
    assertThat(playground.regionHeading("stack-builder")).contains("Build a stack");
    assertThat(playground.regionHeading("run-controls")).contains("train");
    assertThat(playground.regionHeading("charts")).contains("gradients");
    playground.decayPreview();
    ScreenshotOnFailure.save(page(), "playground-shell");
    assertNoConsoleErrors();
  }

  @Test
  void theBrowserTestsRunAgainstTheProductionBundle() {
    var playground = PlaygroundPage.open(page(), baseUrl());

    assertThat(playground.isDevelopmentMode()).isFalse();
  }

  @Test
  void theHeatmapChangesInPlaceWhileTheServerPushesNewData() {
    var heatmap = PlaygroundPage.open(page(), baseUrl()).decayPreview();
    assertThat(heatmap.type()).isEqualTo("matrix");
    heatmap.awaitUpdateCountAbove(0);
    var before = heatmap.points(0);
    int count = heatmap.updateCount();

    heatmap.awaitUpdateCountAbove(count + 1);
    var after = heatmap.points(0);

    assertThat(after).isNotEqualTo(before);
    assertThat(after).allSatisfy(cell -> assertThat(cell).containsKeys("x", "y", "v"));
    assertThat(page().locator("gradflow-chart#decay-preview canvas").count())
        .as("updated in place, not re-created")
        .isEqualTo(1);
    assertNoConsoleErrors();
  }
}
