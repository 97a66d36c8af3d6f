package gradflow.classroom;

import static gradflow.classroom.Refused.namingField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SweepTest {
  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final SettingsTable table = specs.table();

  @Test
  void valuesAreSpacedEvenlyFromTheFirstToExactlyTheLast() {
    Sweep s = Sweeps.plan(table, "init.spectralRadius", 0.5, 1.5, 11);

    assertThat(s.values()).hasSize(11);
    for (int i = 0; i < 11; i++) {
      assertThat(s.values().get(i)).isCloseTo(0.5 + 0.1 * i, within(1e-12));
    }
    assertThat(s.values().getLast()).isEqualTo(1.5);
  }

  @Test
  void aFallingRangeGivesFallingValues() {
    assertThat(Sweeps.plan(table, "layers[].forgetBias", 3, -3, 3).values())
        .containsExactly(3.0, 0.0, -3.0);
  }

  @Test
  void wholeNumberSettingsAreRoundedWithoutRepeats() {
    assertThat(Sweeps.plan(table, "layers[].hidden", 2, 5, 10).values())
        .containsExactly(2.0, 3.0, 4.0, 5.0);
    assertThat(Sweeps.plan(table, Sweep.DEPTH, 2, 40, 5).values())
        .containsExactly(2.0, 12.0, 21.0, 31.0, 40.0);
  }

  @Test
  void studentsGetTheValuesInOrderAndThenFromTheStartAgain() {
    Sweep s = Sweeps.plan(table, "init.spectralRadius", 0.5, 1.5, 3);

    assertThat(IntStream.range(0, 7).mapToDouble(s::valueFor).boxed().toList())
        .containsExactly(0.5, 1.0, 1.5, 0.5, 1.0, 1.5, 0.5);
  }

  @Test
  void aSweepOfANonNumericOrUnknownSettingIsRefusedListingTheNumericOnes() {
    namingField(() -> Sweeps.plan(table, "task.kind", 0, 1, 3), "path")
        .hasMessageContaining("init.spectralRadius")
        .hasMessageContaining("layers[].forgetBias");
    namingField(() -> Sweeps.plan(table, "init.radius", 0, 1, 3), "path");
    namingField(() -> Sweeps.plan(table, "version", 1, 1, 2), "path");
  }

  @Test
  void aRangeOutsideTheTablesLimitsIsRefusedNamingTheEnd() {
    namingField(() -> Sweeps.plan(table, "init.spectralRadius", 0.5, 12, 3), "to")
        .hasMessageContaining("between 0 and 10");
    namingField(() -> Sweeps.plan(table, "layers[].forgetBias", -11, 0, 3), "from");
    namingField(() -> Sweeps.plan(table, Sweep.DEPTH, 0, 4, 3), "from")
        .hasMessageContaining("number of layers");
    namingField(() -> Sweeps.plan(table, "init.spectralRadius", Double.NaN, 1, 3), "from");
  }

  @Test
  void theCountMustBeTwoToTwoHundred() {
    namingField(() -> Sweeps.plan(table, "init.spectralRadius", 0.5, 1, 1), "count");
    namingField(() -> Sweeps.plan(table, "init.spectralRadius", 0.5, 1, 201), "count");
    assertThat(Sweeps.plan(table, "init.spectralRadius", 0.5, 1, 200).values()).hasSize(200);
  }

  @Test
  void aLayerSettingIsSetOnEveryLayerThatUsesIt() {
    ExperimentSpec spec =
        specs
            .read(
                """
                {"task": {"kind": "adding", "length": 8},
                 "layers": [{"cell": "lstm"}, {"cell": "rnn"}, {"cell": "lstm"}]}
                """)
            .orElseThrow();
    Sweep s = Sweeps.plan(table, "layers[].forgetBias", -3, 3, 3);

    ExperimentSpec swept = Sweeps.apply(table, spec, s, -3);

    assertThat(swept.layers().get(0).forgetBias()).isEqualTo(-3.0);
    assertThat(swept.layers().get(1).forgetBias()).isNull();
    assertThat(swept.layers().get(2).forgetBias()).isEqualTo(-3.0);
    assertThat(specs.check(swept).errors()).isEmpty();
  }

  @Test
  void aDepthSweepRepeatsTheLastLayerOrLeavesOutTheTopOnes() {
    ExperimentSpec spec =
        specs
            .read(
                """
                {"task": {"kind": "spirals"},
                 "layers": [{"cell": "dense", "hidden": 8}, {"cell": "dense", "hidden": 4}]}
                """)
            .orElseThrow();
    Sweep s = Sweeps.plan(table, Sweep.DEPTH, 1, 5, 5);

    assertThat(Sweeps.apply(table, spec, s, 5).layers())
        .hasSize(5)
        .allSatisfy(l -> assertThat(l).isNotNull())
        .last()
        .isEqualTo(spec.layers().get(1));
    assertThat(Sweeps.apply(table, spec, s, 1).layers()).containsExactly(spec.layers().get(0));
  }

  @Test
  void aLayerSettingThatNoLayerUsesDoesNotApply() {
    ExperimentSpec rnn =
        specs
            .read("{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}]}")
            .orElseThrow();

    assertThat(Sweeps.appliesTo(table, rnn, Sweeps.plan(table, "layers[].forgetBias", 0, 1, 2)))
        .isFalse();
    assertThat(Sweeps.appliesTo(table, rnn, Sweeps.plan(table, "layers[].hidden", 4, 8, 2)))
        .isTrue();
  }
}
