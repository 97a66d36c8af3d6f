package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.experiment.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocksTest {
  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final SettingsTable table = specs.table();
  private final ExperimentSpec given =
      specs
          .read(
              """
              {"task": {"kind": "adding", "length": 20},
               "layers": [{"cell": "lstm", "hidden": 8, "forgetBias": 1.0},
                          {"cell": "lstm", "hidden": 8, "forgetBias": 1.0}],
               "init": {"scheme": "orthogonal", "spectralRadius": 0.9}}
              """)
          .orElseThrow();

  @Test
  void aLockedSettingChangedByAStudentIsNamedAsLockedByTheInstructor() {
    ExperimentSpec mine = table.edit(given, "layers[1].forgetBias", -3.0);

    List<Violation> changed = changes(mine, "layers[].forgetBias");

    assertThat(changed)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("layers[1].forgetBias");
              assertThat(v.message())
                  .isEqualTo(
                      "layers[1].forgetBias is locked by your instructor at 1.0; yours is -3.0. Set"
                          + " it back to train.");
            });
  }

  @Test
  void anUnlockedChangeIsAccepted() {
    ExperimentSpec mine = table.edit(given, "layers[0].hidden", 16);

    assertThat(changes(mine, "layers[].forgetBias", "init")).isEmpty();
  }

  @Test
  void aLockOnAnObjectCoversEverythingInIt() {
    assertThat(changes(table.edit(given, "init.spectralRadius", 1.2), "init"))
        .extracting(Violation::field)
        .containsExactly("init.spectralRadius");
    assertThat(changes(table.edit(given, "init.spectralRadius", null), "init"))
        .extracting(Violation::message)
        .containsExactly(
            "init.spectralRadius is locked by your instructor at 0.9; yours leaves it out. Set it"
                + " back to train.");
  }

  @Test
  void aLockOnTheLayersCoversTheirNumberFirst() {
    ExperimentSpec mine = given.with("layers", List.of(given.layers().getFirst()));

    assertThat(changes(mine, "layers")).extracting(Violation::field).startsWith("layers");
    assertThat(changes(mine, "layers").getFirst().message())
        .startsWith("layers is locked by your instructor at 2 layers; yours is 1 layers.");
    assertThat(changes(mine, "task")).isEmpty();
  }

  @Test
  void aCellChangeThatDropsALockedSettingIsRefusedToo() {
    ExperimentSpec mine = table.edit(given, "layers[0].cell", "rnn");

    assertThat(changes(mine, "layers[].forgetBias"))
        .extracting(Violation::field)
        .containsExactly("layers[0].forgetBias");
  }

  @Test
  void onlyEditableSettingsOfTheTableCanBeLockedEachOnce() {
    assertThat(Locks.paths(table, List.of("init", "layers[].cell", "init")))
        .containsExactly("init", "layers[].cell");
    assertThatThrownBy(() -> Locks.paths(table, List.of("layers[0].cell")))
        .isInstanceOfSatisfying(
            ClassRefusedException.class, e -> assertThat(e.field()).isEqualTo("locks"))
        .hasMessageContaining("\"layers[0].cell\" is not a setting students change");
    assertThatThrownBy(() -> Locks.paths(table, List.of("version")))
        .isInstanceOf(ClassRefusedException.class);
  }

  @Test
  void theUiCanAskPerFieldOrPathWhetherItIsLocked() {
    Classroom c =
        new Classroom(
            "KMN473",
            "t",
            null,
            null,
            null,
            1,
            null,
            List.of("layers[].forgetBias", "init"),
            new Sweep("training.learningRate", 0.001, 0.01, 2, List.of(0.001, 0.01)));

    assertThat(c.isLocked("layers[3].forgetBias")).isTrue();
    assertThat(c.isLocked("layers[].forgetBias")).isTrue();
    assertThat(c.isLocked("init.scheme")).isTrue();
    assertThat(c.isLocked("training.learningRate")).as("the swept setting").isTrue();
    assertThat(c.isLocked("layers[0].hidden")).isFalse();
    assertThat(c.isLocked("initial")).isFalse();
  }

  private List<Violation> changes(ExperimentSpec mine, String... locks) {
    Set<String> locked = Set.of(locks);
    return Locks.changes(
        table, given, mine, path -> locked.stream().anyMatch(l -> Locks.covers(l, path)));
  }
}
