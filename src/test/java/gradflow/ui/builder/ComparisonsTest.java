package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final java.util.List<Comparison> comparisons = Comparisons.load(specs);

  private Comparison get(String id) {
    return Comparisons.find(comparisons, id).orElseThrow();
  }

  @Test
  void theSevenLessonsThatAreComparisonsLoadAAndBAndBothValidate() {
    assertThat(comparisons)
        .extracting(Comparison::id)
        .containsExactly(
            "exploding-clipping",
            "lstm-vs-rnn",
            "forget-gate",
            "deep-skips",
            "forget-is-b",
            "bound",
            "residual-adds-i");
    for (var c : comparisons) {
      for (var spec : java.util.List.of(c.a(), c.b())) {
        var checked = specs.check(spec);
        assertThat(checked.errors()).as(c.id()).isEmpty();
        assertThat(checked.warnings()).as(c.id()).isEmpty();
      }
      assertThat(c.a()).as(c.id()).isNotEqualTo(c.b());
      assertThat(c.b().task()).as(c.id() + " shares the task").isEqualTo(c.a().task());
      assertThat(c.b().seed()).as(c.id() + " shares the seed").isEqualTo(c.a().seed());
      assertThat(c.explanation()).as(c.id()).contains("A ").contains("B ");
    }
  }

  @Test
  void eachComparisonChangesTheOneThingItIsAbout() {
    assertThat(get("lstm-vs-rnn").a().layers().getFirst().cell()).isEqualTo(Cell.RNN);
    assertThat(get("lstm-vs-rnn").b().layers().getFirst().cell()).isEqualTo(Cell.LSTM);
    assertThat(get("deep-skips").a().connection()).isEqualTo(Connection.PLAIN);
    assertThat(get("deep-skips").b().connection()).isEqualTo(Connection.RESIDUAL);
    assertThat(get("deep-skips").explanation()).contains("Highway").contains("Dense");
    assertThat(get("forget-is-b").a().layers().getFirst().forgetBias()).isEqualTo(-3.0);
    assertThat(get("forget-is-b").b().layers().getFirst().forgetBias()).isEqualTo(3.0);
    assertThat(get("bound").b().layers().getFirst().activation().id()).isEqualTo("identity");
    assertThat(get("residual-adds-i").b().connection()).isEqualTo(Connection.RESIDUAL);
    assertThat(get("forget-gate").a().layers().getFirst().forgetGate()).isFalse();
    assertThat(get("forget-gate").b().layers().getFirst().forgetGate()).isTrue();
    assertThat(get("forget-gate").b().layers().getFirst().forgetBias()).isEqualTo(1.0);
    assertThat(get("exploding-clipping").a().training().clipNorm()).isNull();
    assertThat(get("exploding-clipping").b().training().clipNorm()).isEqualTo(1.0);
  }
}
