package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecEditorTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final SpecEditor editor = new SpecEditor(specs);

  @Test
  void aNewEditorHoldsTheStarterSpecAndItCanRun() {
    assertThat(editor.spec()).isEqualTo(specs.starter());
    assertThat(editor.isValid()).isTrue();
    assertThat(editor.runnableSpec()).contains(specs.starter());
  }

  @Test
  void addingALayerCopiesTheTopLayerSoThatWidthsStayEqual() {
    editor.set("layers[0].hidden", 48);
    editor.addLayer();

    assertThat(editor.layers()).hasSize(2);
    assertThat(editor.layers().get(1)).isEqualTo(editor.layers().get(0));
    assertThat(editor.get("layers[1].hidden")).isEqualTo(48);
  }

  @Test
  void layersCanBeMovedAndRemoved() {
    editor.addLayer();
    editor.set("layers[1].cell", "lstm");

    editor.moveLayer(1, 0);
    assertThat(editor.layers()).extracting(l -> l.cell()).containsExactly(Cell.LSTM, Cell.RNN);

    editor.removeLayer(0);
    assertThat(editor.layers()).extracting(l -> l.cell()).containsExactly(Cell.RNN);
    assertThat(editor.canRemoveLayer()).as("the table asks for at least one layer").isFalse();
  }

  @Test
  void changingTheCellGivesTheLayerTheOptionsOfItsNewCellAndDropsTheOthers() {
    editor.set("layers[0].cell", "lstm");

    var lstm = editor.layers().getFirst();
    assertThat(lstm.activation()).isNull();
    assertThat(lstm.forgetGate()).isTrue();
    assertThat(lstm.forgetBias()).isEqualTo(1.0);
    assertThat(editor.result().warnings()).isEmpty();

    editor.set("layers[0].cell", "dense");
    var dense = editor.layers().getFirst();
    assertThat(dense.activation()).isEqualTo(Activation.TANH);
    assertThat(dense.forgetGate()).isNull();
    assertThat(dense.forgetBias()).isNull();
  }

  @Test
  void switchingTheForgetGateOffLeavesOutItsBiasAndOnBringsBackTheDefault() {
    editor.set("layers[0].cell", "lstm");

    editor.set("layers[0].forgetGate", false);
    assertThat(editor.get("layers[0].forgetBias")).isNull();
    assertThat(editor.result().warnings()).isEmpty();

    editor.set("layers[0].forgetGate", true);
    assertThat(editor.get("layers[0].forgetBias")).isEqualTo(1.0);
  }

  @Test
  void aHiddenSizeAboveTheLimitIsAnErrorOnThatFieldNamingTheLimit() {
    editor.addLayer();
    editor.set("layers[1].hidden", 9999);

    assertThat(editor.isValid()).isFalse();
    assertThat(editor.runnableSpec()).isEmpty();
    assertThat(editor.error("layers[1].hidden").orElseThrow().message())
        .contains("9999")
        .contains(String.valueOf(SpecLimits.DEFAULT_MAX_HIDDEN));
    assertThat(editor.error("layers[0].hidden")).isEmpty();
  }

  @Test
  void anEmptiedFieldBlocksTrainingUntilItIsFilledAgainAndKeepsTheLastGoodValue() {
    editor.set("training.batchSize", null);

    assertThat(editor.isValid()).isFalse();
    assertThat(editor.error("training.batchSize").orElseThrow().message()).contains("empty");
    assertThat(editor.spec().training().batchSize()).isEqualTo(32);

    editor.set("training.batchSize", 16);
    assertThat(editor.isValid()).isTrue();
    assertThat(editor.spec().training().batchSize()).isEqualTo(16);
  }

  @Test
  void aFractionalSeedIsRefusedAsInput() {
    editor.set("seed", 1.5);

    assertThat(editor.error("seed").orElseThrow().message()).contains("whole number");
    assertThat(editor.spec().seed()).isEqualTo(42L);
  }

  @Test
  void optionalSettingsSwitchOffWithNullAndOnWithAValue() {
    editor.set("training.clipNorm", editor.switchOnValue("training.clipNorm"));
    assertThat(editor.spec().training().clipNorm()).isEqualTo(1.0);

    editor.set("training.clipNorm", null);
    assertThat(editor.spec().training().clipNorm()).isNull();
    assertThat(editor.isValid()).isTrue();
  }

  @Test
  void choosingATaskGivesItsOwnDefaultLength() {
    editor.set("task.kind", "spirals");

    assertThat(editor.get("task.length")).isEqualTo(1);
    assertThat(editor.error("task.length")).isEmpty();
  }

  @Test
  void unequalWidthsUnderResidualConnectionsAreAnErrorOnTheNarrowerLayer() {
    editor.addLayer();
    editor.set("connection", "residual");
    editor.set("layers[1].hidden", 16);

    assertThat(editor.error("layers[1].hidden").orElseThrow().message()).contains("residual");
  }

  @Test
  void aSettingTheStackIgnoresIsAWarningNotAnError() {
    editor.set("task.kind", "spirals");

    assertThat(editor.isValid()).isTrue();
    assertThat(editor.warning("layers[0].cell")).isPresent();
  }

  @Test
  void listenersHearWhetherAValueOrTheShapeOfTheStackChanged() {
    List<SpecEditor.Change> heard = new ArrayList<>();
    editor.addListener(heard::add);

    editor.set("seed", 7);
    editor.addLayer();
    editor.set("layers[1].cell", "gru");

    assertThat(heard)
        .containsExactly(
            SpecEditor.Change.VALUE, SpecEditor.Change.STRUCTURE, SpecEditor.Change.STRUCTURE);
  }

  @Test
  void loadingALessonReplacesTheWholeSpecAndRemembersTheLesson() {
    var lesson = Presets.load(specs).get(3);

    editor.loadPreset(lesson);

    assertThat(editor.spec()).isEqualTo(lesson.spec());
    assertThat(editor.preset()).contains(lesson);
    editor.load(specs.starter());
    assertThat(editor.preset()).isEmpty();
  }
}
