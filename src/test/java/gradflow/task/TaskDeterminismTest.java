package gradflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches are a function of (seed, step) alone, so runs reproduce and share links replay exactly.
 */
class TaskDeterminismTest {

  private static Task sample(TaskKind kind) {
    return kind.create(kind.isDepthTask() ? 1 : Math.max(kind.minLength(), 12));
  }

  @ParameterizedTest
  @EnumSource(TaskKind.class)
  void theSameSeedAndStepGiveTheSameBatchEvenFromAnotherInstance(TaskKind kind) {
    var a = sample(kind).batch(16, 42, 17);
    sample(kind).batch(16, 42, 3);
    var b = sample(kind).batch(16, 42, 17);
    assertThat(Batches.sameContents(a, b)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(TaskKind.class)
  void anotherStepOrAnotherSeedGivesAnotherBatch(TaskKind kind) {
    Task task = sample(kind);
    var base = task.batch(16, 42, 17);
    assertThat(Batches.sameContents(base, task.batch(16, 42, 18))).isFalse();
    assertThat(Batches.sameContents(base, task.batch(16, 43, 17))).isFalse();
  }
}
