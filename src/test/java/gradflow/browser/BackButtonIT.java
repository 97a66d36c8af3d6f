package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser's own Back button between the playground and compare mode. */
class BackButtonIT extends BrowserTest {

  @Test
  void backFromCompareModeBringsBackTheStackBuiltOnThePlayground() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    var builder = playground.builder();
    builder.addLayer().chooseCell(2, "LSTM").typeHidden(2, "48");
    builder.awaitSpecContaining("\"hidden\":48");
    builder.type("#training-learning-rate", "0.005");
    builder.awaitSpecContaining("\"learningRate\":0.005");

    ComparePage.fromHeader(page());
    var back = PlaygroundPage.back(page()).builder();
    assertThat(back.layerCount()).isEqualTo(2);
    assertThat(back.valueOf("#layer-1-cell")).isEqualTo("LSTM");
    assertThat(back.valueOf("#layer-1-hidden")).isEqualTo("48");
    assertThat(back.valueOf("#training-learning-rate")).isEqualTo("0.005");
    assertNoConsoleErrors();
  }

  @Test
  void backToALessonBringsBackTheLessonAndItsExplanation() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("4. LSTM vs RNN on the adding problem (T = 100)");
    String explanation = playground.builder().lessonExplanation();

    ComparePage.fromHeader(page());
    var back = PlaygroundPage.back(page()).builder();

    assertThat(back.valueOf("#lesson")).startsWith("4. LSTM vs RNN");
    assertThat(back.lessonExplanation()).isEqualTo(explanation);
  }
}
