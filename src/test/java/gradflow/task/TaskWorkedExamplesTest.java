package gradflow.task;

import static gradflow.task.Batches.classification;
import static gradflow.task.Batches.regression;
import static gradflow.task.Batches.symbol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Batch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each task's encoder reproduces the worked example in its javadoc, number for number. */
class TaskWorkedExamplesTest {

  @Test
  void addingEncodesTheValueMarkerPairsAndTargetsTheMarkedSumAtTheLastStep() {
    Batch batch = AddingTask.encode(new double[][] {{0.2, 0.7, 0.1, 0.5}}, new int[][] {{1, 2}});

    double[][] expected = {{0.2, 0}, {0.7, 1}, {0.1, 1}, {0.5, 0}};
    for (int t = 0; t < 4; t++) {
      assertThat(batch.inputs()[t].data).containsExactly(expected[t]);
    }
    assertThat(regression(batch).steps()).containsExactly(3);
    assertThat(regression(batch).values()[0].get(0, 0)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void copyPutsTheDelimiterAfterTMinusOneBlanksAndTargetsBlanksThenTheSymbols() {
    int[] symbols = {3, 1, 4, 1, 5, 2, 6, 5, 3, 5};
    Batch batch = CopyTask.encode(new int[][] {symbols}, 2);

    int[] inputs = IntStream.range(0, 22).map(t -> symbol(batch, t, 0)).toArray();
    assertThat(inputs)
        .containsExactly(3, 1, 4, 1, 5, 2, 6, 5, 3, 5, 8, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8);
    int[] targets = IntStream.range(0, 22).map(k -> classification(batch).labels()[k][0]).toArray();
    assertThat(targets)
        .containsExactly(8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 3, 1, 4, 1, 5, 2, 6, 5, 3, 5);
    assertThat(classification(batch).steps()).containsExactly(IntStream.range(0, 22).toArray());
    assertThat(classification(batch).classes()).isEqualTo(9);
  }

  @Test
  void recallShowsTheSymbolTheDistractorsAndTheQueryAndTargetsTheFirstSymbol() {
    Batch batch = RecallTask.encode(new int[][] {{5, 2, 7, 5}});

    int[] inputs = IntStream.range(0, 5).map(t -> symbol(batch, t, 0)).toArray();
    assertThat(inputs).containsExactly(5, 2, 7, 5, 8);
    assertThat(classification(batch).steps()).containsExactly(4);
    assertThat(classification(batch).labels()[0]).containsExactly(5);
  }

  @Test
  void orderClassifiesYThenXAsClassTwoAtTheLastStep() {
    int[] stream = {6, 5, 0, 1, 2, 4, 3, 0, 1, 7};
    Batch batch = OrderTask.encode(new int[][] {stream});

    int[] inputs = IntStream.range(0, 10).map(t -> symbol(batch, t, 0)).toArray();
    assertThat(inputs).containsExactly(stream);
    assertThat(classification(batch).steps()).containsExactly(9);
    assertThat(classification(batch).labels()[0]).containsExactly(2);
  }

  @Test
  void orderNumbersTheFourClassesXxXyYxYy() {
    int[][] streams = {
      {6, 4, 0, 0, 0, 4, 0, 0, 0, 7},
      {6, 4, 0, 0, 0, 5, 0, 0, 0, 7},
      {6, 5, 0, 0, 0, 4, 0, 0, 0, 7},
      {6, 5, 0, 0, 0, 5, 0, 0, 0, 7}
    };
    assertThat(classification(OrderTask.encode(streams)).labels()[0]).containsExactly(0, 1, 2, 3);
  }

  @Test
  void parityTargetsTheXorOfTheTwoMarkedBits() {
    Batch batch = ParityTask.encode(new int[][] {{1, 1, 0, 1}}, new int[][] {{0, 2}});

    double[][] expected = {{1, 1}, {1, 0}, {0, 1}, {1, 0}};
    for (int t = 0; t < 4; t++) {
      assertThat(batch.inputs()[t].data).containsExactly(expected[t]);
    }
    assertThat(classification(batch).steps()).containsExactly(3);
    assertThat(classification(batch).labels()[0]).containsExactly(1);
  }

  @Test
  void reverseTargetsTheSymbolsLastFirstAfterTheDelimiter() {
    Batch batch = ReverseTask.encode(new int[][] {{2, 7, 4}});

    int[] inputs = IntStream.range(0, 7).map(t -> symbol(batch, t, 0)).toArray();
    assertThat(inputs).containsExactly(2, 7, 4, 9, 8, 8, 8);
    assertThat(classification(batch).steps()).containsExactly(4, 5, 6);
    int[] targets = IntStream.range(0, 3).map(k -> classification(batch).labels()[k][0]).toArray();
    assertThat(targets).containsExactly(4, 7, 2);
  }

  @Test
  void spiralsPutsHalfwayAlongClassOneAtZeroCommaOneHalf() {
    Batch batch = SpiralsTask.encode(new double[] {0.5}, new int[] {1});

    assertThat(batch.length()).isEqualTo(1);
    assertThat(batch.inputs()[0].get(0, 0)).isCloseTo(0.0, within(1e-12));
    assertThat(batch.inputs()[0].get(0, 1)).isCloseTo(0.5, within(1e-12));
    assertThat(classification(batch).labels()[0]).containsExactly(1);
  }
}
