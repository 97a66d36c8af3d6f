package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import gradflow.task.TaskKind;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings table: limits flow in, choices come from the enums, and its words read as sentences.
 */
class SettingsTableTest {

  @Test
  void configuredLimitsBecomeTheAllowedRanges() {
    SettingsTable table = SettingsTable.of(new SpecLimits(8, 128, 500, 64, 5000, 1_000_000_000L));
    assertThat(table.get("layers").max()).isEqualTo(8);
    assertThat(table.get("layers[].hidden").max()).isEqualTo(128);
    assertThat(table.get("task.length").max()).isEqualTo(500);
    assertThat(table.get("training.batchSize").max()).isEqualTo(64);
    assertThat(table.get("training.steps").max()).isEqualTo(5000);
    assertThat(table.get("layers[].hidden").allowed())
        .isEqualTo("a whole number between 1 and 128");
  }

  @Test
  void theTaskKindsAndCellsComeFromTheirRegistries() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    assertThat(table.get("task.kind").choices()).isEqualTo(TaskKind.ids());
    assertThat(table.get("layers[].cell").choices()).isEqualTo(Choice.ids(Cell.class));
  }

  @Test
  void everyDefaultIsItselfAllowed() {
    for (Setting s : SettingsTable.of(SpecLimits.DEFAULTS).settings()) {
      Object d = s.defaultValue();
      if (d instanceof Number n) {
        assertThat(s.inRange(n)).as(s.path()).isTrue();
      } else if (d instanceof String id) {
        assertThat(s.choices()).as(s.path()).contains(id);
      }
      if (s.presence() == Presence.DEFAULTED
          && s.type() != Type.OBJECT
          && !s.path().equals("task.length")) {
        assertThat(d).as(s.path() + " needs a default").isNotNull();
      }
    }
  }

  @Test
  void everySettingHasAnEnglishLabelAndHelpForTheApi() {
    for (Setting s : SettingsTable.of(SpecLimits.DEFAULTS).settings()) {
      assertThat(s.label()).as(s.path()).isNotBlank();
      assertThat(s.help()).as(s.path()).endsWith(".");
    }
  }

  @Test
  void aConcreteLayerFieldFindsItsRow() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    assertThat(table.forField("layers[12].forgetBias")).contains(table.get("layers[].forgetBias"));
    assertThat(table.forField("layers[0].nonsense")).isEmpty();
  }

  @Test
  void layerSettingsSayWhichCellsUseThem() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    assertThat(table.get("layers[].activation").appliesTo("rnn")).isTrue();
    assertThat(table.get("layers[].activation").appliesTo("lstm")).isFalse();
    assertThat(table.get("layers[].forgetGate").appliesTo("lstm")).isTrue();
    assertThat(table.get("layers[].hidden").appliesTo("gru")).isTrue();
  }

  @Test
  void aSpecBuiltInCodeReachesTheEngineWithTheTableDefaultsForWhatItLeavesOut() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    ExperimentSpec spec =
        Fixtures.SPECS
            .starter()
            .with(
                "layers",
                List.of(
                    new LayerSpec(Cell.LSTM, 8, null, null, null),
                    new LayerSpec(Cell.RNN, 8, null, null, null)));

    var layers = EngineAdapter.networkConfig(spec, spec.task().create()).layers();

    assertThat(layers.get(0).forgetGate())
        .isEqualTo(table.get("layers[].forgetGate").defaultValue());
    assertThat(layers.get(0).forgetBias())
        .isEqualTo(table.get("layers[].forgetBias").defaultValue());
    assertThat(layers.get(1).activation().specName())
        .isEqualTo(table.get("layers[].activation").defaultValue());
  }

  @Test
  void eachObjectOfTheSpecIsARecordWhoseComponentsAreItsRowsInOrder() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    assertThat(names(table.children(""))).isEqualTo(components(ExperimentSpec.class));
    assertThat(names(table.children("task"))).isEqualTo(components(TaskSpec.class));
    assertThat(names(table.children("layers[]"))).isEqualTo(components(LayerSpec.class));
    assertThat(names(table.children("init"))).isEqualTo(components(InitSpec.class));
    assertThat(names(table.children("training"))).isEqualTo(components(TrainingSpec.class));
  }

  @Test
  void aFieldIsReadAndReplacedByItsPathInTheTablesTypes() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    ExperimentSpec spec = Fixtures.everyField();

    assertThat(table.valueAt(spec, "layers[1].forgetBias")).isEqualTo(1.5);
    assertThat(table.valueAt(spec, "init.scheme")).isEqualTo("orthogonal");
    assertThat(table.valueAt(spec.with("layers[4].hidden", 40.0), "layers[4].hidden"))
        .isEqualTo(40);
    assertThat(spec.with("training.optimizer", "sgd").training().optimizer())
        .isEqualTo(TrainingSpec.Optimizer.SGD);
    assertThat(table.fields(spec))
        .startsWith("version", "task.kind", "task.length", "layers[0].cell");
  }

  @Test
  void aNewTaskBringsItsOwnLengthAndANewCellItsOwnOptions() {
    SettingsTable table = SettingsTable.of(SpecLimits.DEFAULTS);
    ExperimentSpec spec = Fixtures.SPECS.starter();

    ExperimentSpec spirals = table.edit(spec, "task.kind", "spirals");
    ExperimentSpec lstm = table.edit(spec, "layers[0].cell", "lstm");
    ExperimentSpec noGate = table.edit(lstm, "layers[0].forgetGate", false);

    assertThat(spirals.task().length()).isEqualTo(TaskKind.SPIRALS.defaultLength());
    assertThat(lstm.layers().getFirst()).isEqualTo(new LayerSpec(Cell.LSTM, 32, null, true, 1.0));
    assertThat(noGate.layers().getFirst().forgetBias()).isNull();
  }

  @Test
  void optionalSettingsSayHowToSwitchThemOff() {
    assertThat(SettingsTable.of(SpecLimits.DEFAULTS).get("training.clipNorm").allowed())
        .isEqualTo("a number between 0.0001 and 1000 (or left out to switch it off)");
  }

  private static List<String> names(List<Setting> rows) {
    return rows.stream().map(Setting::name).toList();
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
