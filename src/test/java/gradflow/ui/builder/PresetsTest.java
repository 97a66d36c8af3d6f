package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.task.TaskKind;
import org.junit.jupiter.api.Test;

class PresetsTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);

  @Test
  void thereAreTheElevenLessonsInOrder() {
    assertThat(Presets.load(specs))
        .extracting(Preset::id)
        .containsExactly(
            "vanishing-tanh",
            "eigenvalues",
            "exploding-clipping",
            "lstm-vs-rnn",
            "forget-gate",
            "deep-skips",
            "stacked-lstm",
            "indrnn",
            "forget-is-b",
            "bound",
            "residual-adds-i");
  }

  @Test
  void everyLessonPassesValidationWithoutWarningsAndHasATitleAndAnExplanation() {
    for (Preset lesson : Presets.load(specs)) {
      var checked = specs.check(lesson.spec());
      assertThat(checked.errors()).as(lesson.id()).isEmpty();
      assertThat(checked.warnings()).as(lesson.id()).isEmpty();
      assertThat(lesson.title()).as(lesson.id()).isNotBlank();
      assertThat(lesson.explanation()).as(lesson.id()).hasSizeGreaterThan(150);
    }
  }

  @Test
  void theLessonsSetUpWhatTheyExplain() {
    var lessons = Presets.load(specs);
    var eigen = lessons.get(1).spec();
    assertThat(eigen.init().spectralRadius()).isEqualTo(0.8);
    assertThat(eigen.layers().getFirst().activation().id()).isEqualTo("identity");
    assertThat(eigen.training().steps())
        .as("the eigenvalue view measures the fresh network")
        .isZero();
    assertThat(lessons.get(2).spec().training().clipNorm()).as("clipping comes second").isNull();
    var lstm = lessons.get(3).spec();
    assertThat(lstm.task().kind()).isEqualTo(TaskKind.ADDING);
    assertThat(lstm.task().length()).isEqualTo(100);
    assertThat(lessons.get(4).spec().layers().getFirst().forgetGate()).isFalse();
    var deep = lessons.get(5).spec();
    assertThat(deep.layers()).hasSize(30);
    assertThat(deep.connection()).isEqualTo(Connection.PLAIN);
    var stacked = lessons.get(6).spec();
    assertThat(stacked.connection()).isEqualTo(Connection.RESIDUAL);
    assertThat(stacked.layers()).allMatch(l -> l.cell() == Cell.LSTM).hasSizeGreaterThan(1);
  }
}
