package gradflow.task;

import gradflow.engine.Batch;
import org.ejml.data.DMatrixRMaj;

/**
 * The adding problem in the form of Le, Jaitly and Hinton (2015): remember two marked numbers
 * across the whole sequence and output their sum.
 *
 * <p>Input x_t = (value_t, marker_t) with value_t ~ U[0, 1). Exactly two steps carry marker 1, one
 * drawn uniformly from the first half [0, ⌊T/2⌋) and one from the second half [⌊T/2⌋, T). The
 * target is the sum of the two marked values; the loss is MSE at the last step T - 1 only.
 *
 * <p>Worked example, T = 4: values (0.2, 0.7, 0.1, 0.5), markers (0, 1, 1, 0). The inputs are x_0 =
 * (0.2, 0), x_1 = (0.7, 1), x_2 = (0.1, 1), x_3 = (0.5, 0); the target at step 3 is 0.7 + 0.1 =
 * 0.8.
 *
 * <p>Baseline 1/6: the sum of two independent U[0, 1) values has mean 1 and variance 2 · 1/12, so
 * always predicting 1 gives an MSE of 1/6 ≈ 0.167, the best any predictor blind to the input can
 * do. This uses {@link LossKind#MSE}'s convention (mean of squared error, no factor 1/2).
 */
final class AddingTask extends BaseTask {

  AddingTask(int length) {
    super(TaskKind.ADDING, length, length, 2, 1, LossKind.MSE, new int[] {length - 1});
  }

  @Override
  public double baseline() {
    return 1.0 / 6.0;
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    int t = sequenceLength();
    double[][] values = new double[batchSize][t];
    int[][] marked = new int[batchSize][];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 0; s < t; s++) {
        values[b][s] = rng.nextDouble();
      }
      marked[b] = markedPair(rng, t);
    }
    return encode(values, marked);
  }

  /** One step from each half of [0, t). */
  static int[] markedPair(SplitMix rng, int t) {
    int half = t / 2;
    return new int[] {rng.nextInt(0, half), rng.nextInt(half, t)};
  }

  /**
   * The batch for explicit contents: {@code values[b][t]}, and the two marked steps {@code
   * marked[b]}.
   */
  static Batch encode(double[][] values, int[][] marked) {
    int batchSize = values.length;
    int t = values[0].length;
    DMatrixRMaj[] inputs = new DMatrixRMaj[t];
    DMatrixRMaj target = new DMatrixRMaj(batchSize, 1);
    for (int s = 0; s < t; s++) {
      inputs[s] = new DMatrixRMaj(batchSize, 2);
      for (int b = 0; b < batchSize; b++) {
        inputs[s].set(b, 0, values[b][s]);
      }
    }
    for (int b = 0; b < batchSize; b++) {
      double sum = 0;
      for (int s : marked[b]) {
        inputs[s].set(b, 1, 1.0);
        sum += values[b][s];
      }
      target.set(b, 0, sum);
    }
    return new Batch(inputs, new Batch.Regression(new int[] {t - 1}, new DMatrixRMaj[] {target}));
  }
}
