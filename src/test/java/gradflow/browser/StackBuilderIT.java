package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackBuilderIT extends BrowserTest {

  @Test
  void aStudentBuildsATwoLayerStackAndSeesTheDiagramAndTheSpecChange() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();
    assertThat(builder.layerCount()).isEqualTo(1);
    assertThat(builder.diagramLayerCount()).isEqualTo(1);

    builder.addLayer().chooseCell(2, "LSTM");
    builder.awaitSpecContaining("\"lstm\"");

    assertThat(builder.layerCount()).isEqualTo(2);
    assertThat(builder.diagramLayerCount()).isEqualTo(2);
    assertThat(builder.diagramCellOf(2)).isEqualTo("lstm");
    assertThat(builder.diagramDescription()).contains("Layer 2: LSTM");
    assertThat(builder.valueOf("#layer-1-forget-gate")).isEqualTo("true");
    assertThat(builder.diagramSkipCount()).isZero();

    builder.chooseConnection("Residual");
    builder.awaitSpecContaining("\"residual\"");

    assertThat(builder.diagramSkipCount()).as("one skip arc around each layer").isEqualTo(2);
    assertThat(builder.specJson().replaceAll("\\s", ""))
        .contains("\"cell\":\"rnn\"", "\"cell\":\"lstm\"", "\"connection\":\"residual\"");
    ScreenshotOnFailure.save(page(), "builder-two-layers-residual");
    assertNoConsoleErrors();
  }

  @Test
  void aLayerMovesTowardsTheInputFromTheKeyboardAndCanBeRemoved() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();
    builder.addLayer().chooseCell(2, "GRU").awaitSpecContaining("\"gru\"");

    builder.moveTowardsInputByKeyboard(2);

    assertThat(builder.valueOf("#layer-0-cell")).isEqualTo("GRU");
    assertThat(builder.valueOf("#layer-1-cell")).isEqualTo("Vanilla RNN");
    assertThat(builder.focusedId()).as("focus stays with the moved layer").startsWith("layer-0-");
    assertThat(builder.focusedId()).isNotEqualTo("layer-0-remove");

    builder.removeLayer(1);

    assertThat(builder.layerCount()).isEqualTo(1);
    assertThat(builder.diagramCellOf(1)).isEqualTo("rnn");
    assertNoConsoleErrors();
  }

  @Test
  void aRecurrentCellOnTheOneStepDepthTaskIsAGentleNoteNotAnError() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();

    builder.chooseTask("Two spirals");

    assertThat(builder.noteOf("#layer-0-cell")).contains("single step");
    assertThat(builder.isInvalid("#layer-0-cell")).isFalse();
    assertThat(builder.taskNote()).contains("always 1");
    ScreenshotOnFailure.save(page(), "builder-gentle-note");
  }

  @Test
  void aStackWithoutRecurrentLayersOnASequenceTaskIsNotedUnderTheControls() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();

    builder.chooseCell(1, "Feed-forward");

    assertThat(builder.problems()).contains("no recurrent layer");
    ScreenshotOnFailure.save(page(), "builder-problem-list");
    assertNoConsoleErrors();
  }

  @Test
  void aHiddenSizeAboveTheLimitIsExplainedUnderTheFieldWithTheLimit() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();

    builder.typeHidden(1, "9999");

    assertThat(builder.hiddenErrorOf(1)).contains("9999").contains("256");
    ScreenshotOnFailure.save(page(), "builder-hidden-too-large");

    builder.typeHidden(1, "64");
    page().waitForFunction("() => !document.querySelector('#layer-0-hidden[invalid]')");
    assertThat(builder.isInvalid("#layer-0-hidden")).isFalse();
    assertNoConsoleErrors();
  }

  @Test
  void aLearningRateWrittenWithAnExponentIsReadAsThatNumberAndRejectedWithItsLimit() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();

    builder.type("#training-learning-rate", "1e9");

    assertThat(builder.errorOf("#training-learning-rate"))
        .isEqualTo("Learning rate is 1000000000, but it must be a number between 0.000001 and 10.");
    assertThat(builder.specJson().replaceAll("\\s", "")).contains("\"learningRate\":1.0E9");

    builder.type("#training-learning-rate", "1e-9");

    page()
        .waitForFunction(
            "() => document.querySelector('#training-learning-rate').errorMessage.includes('0.000000001')");
    assertThat(builder.errorOf("#training-learning-rate")).contains("between 0.000001 and 10");
    ScreenshotOnFailure.save(page(), "builder-learning-rate-exponent");
    assertNoConsoleErrors();
  }

  @Test
  void aWholeNumberTooLargeForTheComputerIsOutOfRangeNotMissing() {
    var builder = PlaygroundPage.open(page(), baseUrl()).builder();

    builder.typeHidden(1, "9999999999");

    assertThat(builder.hiddenErrorOf(1))
        .isEqualTo("Hidden units is 9999999999, but it must be a whole number between 1 and 256.");
  }

  @Test
  void sixtyFourLayersDrawAReadableDiagramWithoutConsoleErrorsAndTheButtonSaysWhyNoMore() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    var builder = playground.builder();

    builder.addLayersUntil(64);

    assertThat(builder.canAddLayer()).isFalse();
    assertThat(builder.addLayerLimit()).isEqualTo("At most 64 layers (this server's limit).");
    assertThat(builder.diagramLayerCount()).isEqualTo(64);
    assertThat(builder.narrowestDiagramBox()).as("every layer a visible bar").isGreaterThan(3);
    assertThat(builder.diagramWidth()).as("the picture keeps its width").isGreaterThan(300);
    builder.chooseConnection("Residual");
    builder.awaitSpecContaining("\"residual\"");
    ScreenshotOnFailure.save(page(), "builder-64-layers");
    assertNoConsoleErrors();

    playground.switchLanguage("zh");

    assertThat(builder.addLayerLimit()).isEqualTo("最多 64 层（本服务器的上限）。");
  }

  @Test
  void aSpecOverTheWorkCapSaysTheRealProblemNextToTheTrainButtonAndMarksTheField() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().type("#training-steps", "100000");
    assertThat(playground.builder().errorOf("#training-steps")).contains("units of work");

    String said = playground.run().trainRefused();

    assertThat(said)
        .startsWith("Fix these problems first:")
        .contains("Steps is 100000, but then this run would need about")
        .contains("at most 1.0 × 10^11");
    assertThat(playground.builder().isInvalid("#training-steps"))
        .as("the field is marked too")
        .isTrue();
    ScreenshotOnFailure.save(page(), "run-refused-work-cap");
    assertNoConsoleErrors();
  }
}
