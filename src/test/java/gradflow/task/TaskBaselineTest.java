package gradflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Batch;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each documented baseline equals, within Monte-Carlo error, the loss of the best predictor that
 * knows only the time step: fitted on one seed's batches (per-step class frequencies, or per-step
 * mean target) and scored on another seed's, with the averaging the engine's losses use. A baseline
 * computed for the wrong loss steps, or targets that leak a pattern, would miss.
 */
class TaskBaselineTest {
  private static final int BATCH = 100;
  private static final int BATCHES = 200;

  static Stream<Arguments> tasks() {
    return Stream.of(
        Arguments.of(TaskKind.ADDING.create(20), 1.0 / 6.0),
        Arguments.of(TaskKind.COPY.create(5), 10 * Math.log(8) / 25),
        Arguments.of(TaskKind.COPY.create(40), 10 * Math.log(8) / 60),
        Arguments.of(TaskKind.RECALL.create(6), Math.log(8)),
        Arguments.of(TaskKind.ORDER.create(20), Math.log(4)),
        Arguments.of(TaskKind.PARITY.create(10), Math.log(2)),
        Arguments.of(TaskKind.REVERSE.create(5), Math.log(8)),
        Arguments.of(TaskKind.SPIRALS.create(1), Math.log(2)));
  }

  @ParameterizedTest
  @MethodSource("tasks")
  void theDocumentedBaselineMatchesTheLossOfTheBestBlindPredictor(Task task, double documented) {
    assertThat(task.baseline()).isCloseTo(documented, within(1e-12));
    double estimate = task.lossKind() == LossKind.MSE ? blindMse(task) : blindCrossEntropy(task);
    assertThat(estimate).isCloseTo(task.baseline(), within(0.01 + 0.01 * task.baseline()));
  }

  private static double blindCrossEntropy(Task task) {
    int steps = task.lossSteps().length;
    int classes = task.outputSize();
    double[][] counts = new double[steps][classes];
    for (int i = 0; i < BATCHES; i++) {
      int[][] labels = ((Batch.Classification) task.batch(BATCH, 1, i).target()).labels();
      for (int k = 0; k < steps; k++) {
        for (int label : labels[k]) {
          counts[k][label]++;
        }
      }
    }
    double total = 0;
    long n = 0;
    for (int i = 0; i < BATCHES; i++) {
      int[][] labels = ((Batch.Classification) task.batch(BATCH, 2, i).target()).labels();
      for (int k = 0; k < steps; k++) {
        for (int label : labels[k]) {
          // Laplace smoothing keeps an unseen class from costing infinity; with 20 000 samples it
          // adds ~1e-4.
          double p = (counts[k][label] + 1) / (BATCH * BATCHES + classes);
          total -= Math.log(p);
          n++;
        }
      }
    }
    return total / n;
  }

  private static double blindMse(Task task) {
    int steps = task.lossSteps().length;
    int outputs = task.outputSize();
    double[][] mean = new double[steps][outputs];
    for (int i = 0; i < BATCHES; i++) {
      var values = ((Batch.Regression) task.batch(BATCH, 1, i).target()).values();
      for (int k = 0; k < steps; k++) {
        for (int b = 0; b < BATCH; b++) {
          for (int o = 0; o < outputs; o++) {
            mean[k][o] += values[k].get(b, o) / (BATCH * BATCHES);
          }
        }
      }
    }
    double total = 0;
    long n = 0;
    for (int i = 0; i < BATCHES; i++) {
      var values = ((Batch.Regression) task.batch(BATCH, 2, i).target()).values();
      for (int k = 0; k < steps; k++) {
        for (int b = 0; b < BATCH; b++) {
          for (int o = 0; o < outputs; o++) {
            double e = values[k].get(b, o) - mean[k][o];
            total += e * e;
            n++;
          }
        }
      }
    }
    return total / n;
  }
}
