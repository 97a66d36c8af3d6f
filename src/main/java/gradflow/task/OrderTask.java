package gradflow.task;

import gradflow.engine.Batch;

/**
 * The temporal-order problem, Hochreiter and Schmidhuber (1997), Experiment 6a, with the sequence
 * length T as a parameter: in which order did X and Y appear, far apart in a stream of noise?
 *
 * <p>Eight input symbols, one-hot: a, b, c, d (noise, 0–3), X (4), Y (5), E (start, 6) and B (end,
 * 7). Step 0 is E, step T − 1 is B, every other step is a noise symbol, except two: t1 drawn
 * uniformly from [⌊T/10⌋, ⌊2T/10⌋] and t2 from [⌊5T/10⌋, ⌊6T/10⌋] (for the paper's T ≈ 100 that is
 * [10, 20] and [50, 60]), each holding X or Y. The class is XX → 0 (the paper's Q), XY → 1 (R), YX
 * → 2 (S), YY → 3 (U); the loss is cross-entropy at the last step only.
 *
 * <p>Worked example, T = 10 (t1 in [1, 2], t2 in [5, 6]): E Y a b c X d a b B, so t1 = 1 holds Y
 * and t2 = 5 holds X; the target at step 9 is class 2 (YX).
 *
 * <p>Baseline ln 4 ≈ 1.386: the four orders are equally likely.
 */
final class OrderTask extends BaseTask {
  static final int NOISE = 4;
  static final int X = 4;
  static final int Y = 5;
  static final int START = 6;
  static final int END = 7;

  OrderTask(int length) {
    super(TaskKind.ORDER, length, length, 8, 4, LossKind.CROSS_ENTROPY, new int[] {length - 1});
  }

  @Override
  public double baseline() {
    return Math.log(4);
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    int t = length();
    int[][] stream = new int[batchSize][t];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 1; s < t - 1; s++) {
        stream[b][s] = rng.nextInt(NOISE);
      }
      stream[b][0] = START;
      stream[b][t - 1] = END;
      stream[b][rng.nextInt(t / 10, 2 * t / 10 + 1)] = X + rng.nextInt(2);
      stream[b][rng.nextInt(5 * t / 10, 6 * t / 10 + 1)] = X + rng.nextInt(2);
    }
    return encode(stream);
  }

  /**
   * The batch for explicit streams {@code stream[b][t]}; the class follows from the X/Y steps in
   * it.
   */
  static Batch encode(int[][] stream) {
    int batchSize = stream.length;
    int t = stream[0].length;
    int[][] symbols = new int[t][batchSize];
    int[][] labels = new int[1][batchSize];
    for (int b = 0; b < batchSize; b++) {
      int label = 0;
      for (int s = 0; s < t; s++) {
        symbols[s][b] = stream[b][s];
        if (stream[b][s] == X || stream[b][s] == Y) {
          label = 2 * label + (stream[b][s] - X);
        }
      }
      labels[0][b] = label;
    }
    return new Batch(
        OneHot.sequence(symbols, 8), new Batch.Classification(new int[] {t - 1}, labels, 4));
  }
}
