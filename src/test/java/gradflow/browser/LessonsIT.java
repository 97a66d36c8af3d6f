package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonsIT extends BrowserTest {

  @Test
  void theVanishingLessonLoadsATanhRnnOnTheAddingProblem() {
    var builder = load("1. A tanh RNN forgets");

    assertThat(builder.layerCount()).isEqualTo(1);
    assertThat(builder.valueOf("#layer-0-cell")).isEqualTo("Vanilla RNN");
    assertThat(builder.valueOf("#layer-0-activation")).isEqualTo("tanh");
    assertThat(builder.valueOf("#task-kind")).isEqualTo("Adding problem");
    assertThat(builder.valueOf("#task-length")).isEqualTo("50");
    assertThat(builder.lessonExplanation()).contains("tanh");
    ScreenshotOnFailure.save(page(), "lesson-1-vanishing");
  }

  @Test
  void theEigenvalueLessonLoadsALinearRnnWithSpectralRadiusPointEight() {
    var builder = load("2. Eigenvalues decide");

    assertThat(builder.valueOf("#layer-0-activation")).isEqualTo("identity");
    assertThat(builder.valueOf("#init-scheme")).isEqualTo("Orthogonal");
    assertThat(builder.valueOf("#init-spectral-radius-on")).isEqualTo("true");
    assertThat(builder.valueOf("#init-spectral-radius")).isEqualTo("0.8");
    assertThat(builder.lessonExplanation()).contains("1.0").contains("1.2");
    ScreenshotOnFailure.save(page(), "lesson-2-eigenvalues");
  }

  @Test
  void theExplodingLessonStartsWithoutClipping() {
    var builder = load("3. Exploding gradients");

    assertThat(builder.valueOf("#init-spectral-radius")).isEqualTo("2");
    assertThat(builder.valueOf("#training-clip-norm-on")).isEqualTo("false");
    assertThat(builder.valueOf("#training-optimizer")).isEqualTo("SGD");
  }

  @Test
  void theLstmLessonLoadsAnLstmOnTheAddingProblemOfLengthOneHundred() {
    var builder = load("4. LSTM vs RNN");

    assertThat(builder.valueOf("#layer-0-cell")).isEqualTo("LSTM");
    assertThat(builder.valueOf("#layer-0-forget-gate")).isEqualTo("true");
    assertThat(builder.valueOf("#layer-0-forget-bias")).isEqualTo("1");
    assertThat(builder.valueOf("#task-length")).isEqualTo("100");
    assertThat(builder.valueOf("#training-clip-norm")).isEqualTo("1");
    ScreenshotOnFailure.save(page(), "lesson-4-lstm");
  }

  @Test
  void theForgetGateLessonStartsWithThe1997LstmWithoutAForgetGate() {
    var builder = load("5. LSTM forget gate");

    assertThat(builder.valueOf("#layer-0-forget-gate")).isEqualTo("false");
    assertThat(builder.lessonExplanation()).contains("1997").contains("2000");
  }

  @Test
  void theDepthLessonLoadsThirtyPlainFeedForwardLayersOnTheSpirals() {
    var builder = load("6. 30 layers");

    assertThat(builder.layerCount()).isEqualTo(30);
    assertThat(builder.diagramLayerCount()).isEqualTo(30);
    assertThat(builder.valueOf("#layer-29-cell")).isEqualTo("Feed-forward");
    assertThat(builder.valueOf("#connection")).isEqualTo("Plain");
    assertThat(builder.valueOf("#task-kind")).isEqualTo("Two spirals (depth)");
    ScreenshotOnFailure.save(page(), "lesson-6-thirty-layers");

    builder.chooseConnection("Dense");
    builder.awaitSpecContaining("\"connection\" : \"dense\"");
    ScreenshotOnFailure.save(page(), "lesson-6-dense-connections");
  }

  @Test
  void theStackedLstmLessonLoadsFourLstmLayersWithResidualConnections() {
    var builder = load("7. A stacked LSTM");

    assertThat(builder.layerCount()).isEqualTo(4);
    assertThat(builder.valueOf("#connection")).isEqualTo("Residual (He 2016)");
    assertThat(builder.diagramSkipCount()).isEqualTo(4);
    assertThat(builder.valueOf("#task-kind")).isEqualTo("Adding problem");
    assertNoConsoleErrors();
  }

  private StackBuilderPanel load(String title) {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();
    builder.loadLesson(title);
    return builder;
  }
}
