package gradflow.task;

import static gradflow.task.Batches.classification;
import static gradflow.task.Batches.regression;
import static gradflow.task.Batches.symbol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Batch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Random batches keep each task's rules, and match the shape the task announces. */
class TaskGeneratorTest {
  private static final int BATCH = 64;

  private static Task sample(TaskKind kind) {
    return kind.create(kind.isDepthTask() ? 1 : Math.max(kind.minLength(), 23));
  }

  @ParameterizedTest
  @EnumSource(TaskKind.class)
  void everyBatchHasTheShapeItsTaskAnnounces(TaskKind kind) {
    Task task = sample(kind);
    Batch batch = task.batch(BATCH, 7, 3);

    assertThat(batch.length()).isEqualTo(task.sequenceLength());
    assertThat(batch.batchSize()).isEqualTo(BATCH);
    for (var x : batch.inputs()) {
      assertThat(x.numRows).isEqualTo(BATCH);
      assertThat(x.numCols).isEqualTo(task.inputSize());
    }
    assertThat(batch.target().steps()).containsExactly(task.lossSteps());
    switch (batch.target()) {
      case Batch.Regression r -> {
        assertThat(task.lossKind()).isEqualTo(LossKind.MSE);
        for (var v : r.values()) {
          assertThat(v.numCols).isEqualTo(task.outputSize());
          assertThat(v.numRows).isEqualTo(BATCH);
        }
      }
      case Batch.Classification c -> {
        assertThat(task.lossKind()).isEqualTo(LossKind.CROSS_ENTROPY);
        assertThat(c.classes()).isEqualTo(task.outputSize());
        assertThat(c.labels().length).isEqualTo(c.steps().length);
        for (int[] row : c.labels()) {
          assertThat(row).hasSize(BATCH);
          for (int label : row) {
            assertThat(label).isBetween(0, c.classes() - 1);
          }
        }
      }
    }
  }

  @Test
  void addingMarksExactlyOneStepInEachHalfAndTargetsTheirSum() {
    int t = 23;
    Batch batch = TaskKind.ADDING.create(t).batch(BATCH, 1, 0);
    for (int b = 0; b < BATCH; b++) {
      List<Integer> marked = new ArrayList<>();
      double sum = 0;
      for (int s = 0; s < t; s++) {
        double value = batch.inputs()[s].get(b, 0);
        assertThat(value).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        double marker = batch.inputs()[s].get(b, 1);
        assertThat(marker).isIn(0.0, 1.0);
        if (marker == 1.0) {
          marked.add(s);
          sum += value;
        }
      }
      assertThat(marked).hasSize(2);
      assertThat(marked.get(0)).isLessThan(t / 2);
      assertThat(marked.get(1)).isGreaterThanOrEqualTo(t / 2);
      assertThat(regression(batch).values()[0].get(b, 0)).isCloseTo(sum, within(1e-12));
    }
  }

  @Test
  void copyEchoesTheTenSymbolsAfterTheDelimiter() {
    int delay = 30;
    Batch batch = TaskKind.COPY.create(delay).batch(BATCH, 1, 0);
    var labels = classification(batch).labels();
    for (int b = 0; b < BATCH; b++) {
      for (int s = 0; s < delay + 20; s++) {
        int in = symbol(batch, s, b);
        if (s < 10) {
          assertThat(in).isBetween(0, 7);
          assertThat(labels[delay + 10 + s][b]).isEqualTo(in);
        } else {
          assertThat(in).isEqualTo(s == delay + 9 ? 9 : 8);
        }
        if (s < delay + 10) {
          assertThat(labels[s][b]).isEqualTo(8);
        }
      }
    }
  }

  @Test
  void recallTargetsTheSymbolOfStepZeroAndQueriesOnlyAtTheEnd() {
    Batch batch = TaskKind.RECALL.create(12).batch(BATCH, 1, 0);
    for (int b = 0; b < BATCH; b++) {
      for (int s = 0; s < 13; s++) {
        assertThat(symbol(batch, s, b)).isBetween(0, 7);
      }
      assertThat(symbol(batch, 13, b)).isEqualTo(8);
      assertThat(classification(batch).labels()[0][b]).isEqualTo(symbol(batch, 0, b));
    }
  }

  @Test
  void orderPlacesXOrYOnceInEachWindowBetweenStartAndEnd() {
    int t = 100;
    Batch batch = TaskKind.ORDER.create(t).batch(BATCH, 1, 0);
    for (int b = 0; b < BATCH; b++) {
      assertThat(symbol(batch, 0, b)).isEqualTo(OrderTask.START);
      assertThat(symbol(batch, t - 1, b)).isEqualTo(OrderTask.END);
      List<Integer> relevant = new ArrayList<>();
      int label = 0;
      for (int s = 1; s < t - 1; s++) {
        int in = symbol(batch, s, b);
        if (in == OrderTask.X || in == OrderTask.Y) {
          relevant.add(s);
          label = 2 * label + (in - OrderTask.X);
        } else {
          assertThat(in).isBetween(0, 3);
        }
      }
      assertThat(relevant).hasSize(2);
      assertThat(relevant.get(0)).isBetween(10, 20);
      assertThat(relevant.get(1)).isBetween(50, 60);
      assertThat(classification(batch).labels()[0][b]).isEqualTo(label);
    }
  }

  @Test
  void parityTargetsTheXorOfTheMarkedBits() {
    int t = 23;
    Batch batch = TaskKind.PARITY.create(t).batch(BATCH, 1, 0);
    for (int b = 0; b < BATCH; b++) {
      int xor = 0;
      int markers = 0;
      for (int s = 0; s < t; s++) {
        double bit = batch.inputs()[s].get(b, 0);
        assertThat(bit).isIn(0.0, 1.0);
        if (batch.inputs()[s].get(b, 1) == 1.0) {
          markers++;
          xor ^= (int) bit;
        }
      }
      assertThat(markers).isEqualTo(2);
      assertThat(classification(batch).labels()[0][b]).isEqualTo(xor);
    }
  }

  @Test
  void reverseTargetsEachReadSymbolMirroredAroundTheDelimiter() {
    int n = 9;
    Batch batch = TaskKind.REVERSE.create(n).batch(BATCH, 1, 0);
    for (int b = 0; b < BATCH; b++) {
      assertThat(symbol(batch, n, b)).isEqualTo(9);
      for (int k = 1; k <= n; k++) {
        assertThat(symbol(batch, n + k, b)).isEqualTo(8);
        assertThat(classification(batch).labels()[k - 1][b]).isEqualTo(symbol(batch, n - k, b));
      }
    }
  }

  @Test
  void spiralsPointsLieOnTheSpiralOfTheirClass() {
    Batch batch = TaskKind.SPIRALS.create(1).batch(BATCH, 1, 0);
    for (int b = 0; b < BATCH; b++) {
      double x = batch.inputs()[0].get(b, 0);
      double y = batch.inputs()[0].get(b, 1);
      double r = Math.hypot(x, y);
      int c = classification(batch).labels()[0][b];
      double theta = Math.PI * (3 * r + c);
      assertThat(r).isLessThan(1.0);
      assertThat(x).isCloseTo(r * Math.cos(theta), within(1e-9));
      assertThat(y).isCloseTo(r * Math.sin(theta), within(1e-9));
    }
  }
}
