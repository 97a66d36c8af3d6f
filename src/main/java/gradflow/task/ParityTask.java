package gradflow.task;

import gradflow.engine.Batch;

/**
 * Delayed XOR: the parity of two marked bits, asked for at the end of the sequence.
 *
 * <p>Input x_t = (bit_t, marker_t) with bit_t uniform in {0, 1}. As in the adding problem, exactly
 * two steps carry marker 1, one from the first half [0, ⌊T/2⌋) and one from the second [⌊T/2⌋, T).
 * The target is the XOR of the two marked bits (2 classes); the loss is cross-entropy at the last
 * step T − 1 only. Unlike the sum, the XOR gives no partial credit for remembering one of the two
 * bits.
 *
 * <p>Worked example, T = 4: bits (1, 1, 0, 1), markers (1, 0, 1, 0). Inputs (1, 1), (1, 0), (0, 1),
 * (1, 0); the target at step 3 is 1 XOR 0 = class 1.
 *
 * <p>Baseline ln 2 ≈ 0.693: the parity is a fair coin for anything that does not see both bits.
 */
final class ParityTask extends BaseTask {

  ParityTask(int length) {
    super(TaskKind.PARITY, length, length, 2, 2, LossKind.CROSS_ENTROPY, new int[] {length - 1});
  }

  @Override
  public double baseline() {
    return Math.log(2);
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    int t = length();
    int[][] bits = new int[batchSize][t];
    int[][] marked = new int[batchSize][];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 0; s < t; s++) {
        bits[b][s] = rng.nextInt(2);
      }
      marked[b] = AddingTask.markedPair(rng, t);
    }
    return encode(bits, marked);
  }

  /**
   * The batch for explicit contents: {@code bits[b][t]} and the two marked steps {@code marked[b]}.
   */
  static Batch encode(int[][] bits, int[][] marked) {
    int batchSize = bits.length;
    int t = bits[0].length;
    double[][] values = new double[batchSize][t];
    int[][] labels = new int[1][batchSize];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 0; s < t; s++) {
        values[b][s] = bits[b][s];
      }
      labels[0][b] = bits[b][marked[b][0]] ^ bits[b][marked[b][1]];
    }
    Batch shape = AddingTask.encode(values, marked);
    return new Batch(shape.inputs(), new Batch.Classification(new int[] {t - 1}, labels, 2));
  }
}
