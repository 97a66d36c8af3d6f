package gradflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The registry resolves every kind the design names and guards the lengths a task can be built
 * with.
 */
class TaskKindTest {

  @Test
  void theRegistryKnowsEveryKindTheDesignRequires() {
    assertThat(TaskKind.ids())
        .contains("adding", "copy", "recall", "order", "parity", "reverse")
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(TaskKind.values()).filter(TaskKind::isDepthTask)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(TaskKind.class)
  void eachKindIsFoundByItsIdAndBuildsATaskOfThatKind(TaskKind kind) {
    assertThat(TaskKind.fromId(kind.id())).contains(kind);
    Task task = kind.create(kind.defaultLength());
    assertThat(task.kind()).isEqualTo(kind);
    assertThat(task.length()).isEqualTo(kind.defaultLength());
    assertThat(kind.defaultLength()).isBetween(kind.minLength(), kind.maxLength());
  }

  @ParameterizedTest
  @EnumSource(TaskKind.class)
  void aLengthBelowTheMinimumIsRefused(TaskKind kind) {
    assertThatThrownBy(() -> kind.create(kind.minLength() - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(kind.id());
  }

  @Test
  void theDepthTaskOnlyTakesLengthOne() {
    assertThatThrownBy(() -> TaskKind.SPIRALS.create(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TaskKind.SPIRALS.create(1).sequenceLength()).isEqualTo(1);
  }

  @Test
  void anUnknownIdIsNotFound() {
    assertThat(TaskKind.fromId("Adding")).isEmpty();
    assertThat(TaskKind.fromId("banana")).isEmpty();
  }
}
