package gradflow.task;

import gradflow.engine.Batch;

/**
 * Reverse a sequence: read n symbols, then, after a delimiter, write them out last first.
 *
 * <p>Inputs are one-hot of width 10 (symbols 0–7, blank 8, delimiter 9), as in {@link CopyTask}.
 * The sequence has 2n + 1 steps: the n symbols (uniform over 0–7) at steps 0 to n − 1, the
 * delimiter at step n, blanks at steps n + 1 to 2n. The target at step n + k (k = 1..n) is the
 * input symbol of step n − k, so the first symbol read is the last one written, 2n steps later. The
 * loss is cross-entropy at the n output steps n + 1 to 2n only, averaged, with 8 classes.
 *
 * <p>Worked example, n = 3, symbols 2 7 4: inputs 2 7 4 9 8 8 8; targets at steps 4, 5, 6 are 4, 7,
 * 2.
 *
 * <p>Baseline ln 8 ≈ 2.079: every output is a uniform symbol the network must have read; unlike
 * {@link CopyTask} there are no blank outputs in the average to pull the baseline down.
 */
final class ReverseTask extends BaseTask {
  static final int SYMBOLS = 8;
  static final int BLANK = 8;
  static final int DELIMITER = 9;

  ReverseTask(int n) {
    super(
        TaskKind.REVERSE,
        n,
        2 * n + 1,
        SYMBOLS + 2,
        SYMBOLS,
        LossKind.CROSS_ENTROPY,
        range(n + 1, 2 * n + 1));
  }

  @Override
  public double baseline() {
    return Math.log(SYMBOLS);
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    int[][] read = new int[batchSize][length()];
    for (int b = 0; b < batchSize; b++) {
      for (int i = 0; i < length(); i++) {
        read[b][i] = rng.nextInt(SYMBOLS);
      }
    }
    return encode(read);
  }

  /** The batch for explicit contents: {@code read[b]} are the n symbols of sequence b. */
  static Batch encode(int[][] read) {
    int batchSize = read.length;
    int n = read[0].length;
    int[][] symbols = new int[2 * n + 1][batchSize];
    int[][] labels = new int[n][batchSize];
    for (int b = 0; b < batchSize; b++) {
      for (int i = 0; i < n; i++) {
        symbols[i][b] = read[b][i];
        symbols[n + 1 + i][b] = BLANK;
        labels[i][b] = read[b][n - 1 - i];
      }
      symbols[n][b] = DELIMITER;
    }
    return new Batch(
        OneHot.sequence(symbols, SYMBOLS + 2),
        new Batch.Classification(range(n + 1, 2 * n + 1), labels, SYMBOLS));
  }
}
