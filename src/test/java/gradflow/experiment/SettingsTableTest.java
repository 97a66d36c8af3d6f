package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import gradflow.task.TaskKind;
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
  void everySettingHasALabelAndHelpForTheUi() {
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
  void optionalSettingsSayHowToSwitchThemOff() {
    assertThat(SettingsTable.of(SpecLimits.DEFAULTS).get("training.clipNorm").allowed())
        .isEqualTo("a number between 0.0001 and 1000 (or left out to switch it off)");
  }
}
