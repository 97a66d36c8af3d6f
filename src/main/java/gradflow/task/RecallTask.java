package gradflow.task;

import gradflow.engine.Batch;

/**
 * Recall the first symbol: see a symbol, then T distractors from the same alphabet, then say which
 * symbol came first.
 *
 * <p>K = 8 symbols, each input one-hot of width K + 1; the extra channel K is the query flag. For T
 * distractor steps the sequence has T + 2 steps: step 0 holds the symbol to remember, steps 1 to T
 * hold symbols drawn uniformly from the same K (so "the only symbol seen" is no shortcut), and step
 * T + 1 holds only the query flag. The loss is cross-entropy at the last step T + 1, with K
 * classes.
 *
 * <p>Worked example, T = 3: first symbol 5, distractors 2, 7, 5. Inputs: one-hot 5, one-hot 2,
 * one-hot 7, one-hot 5, then the query (channel 8); the target at step 4 is class 5.
 *
 * <p>Baseline ln K = ln 8 ≈ 2.079: the first symbol is uniform, so a network that forgot it can
 * only guess.
 */
final class RecallTask extends BaseTask {
  static final int SYMBOLS = 8;
  static final int QUERY = SYMBOLS;

  RecallTask(int distractors) {
    super(
        TaskKind.RECALL,
        distractors,
        distractors + 2,
        SYMBOLS + 1,
        SYMBOLS,
        LossKind.CROSS_ENTROPY,
        new int[] {distractors + 1});
  }

  @Override
  public double baseline() {
    return Math.log(SYMBOLS);
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    int[][] shown = new int[batchSize][length() + 1];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 0; s <= length(); s++) {
        shown[b][s] = rng.nextInt(SYMBOLS);
      }
    }
    return encode(shown);
  }

  /**
   * The batch for explicit contents: {@code shown[b]} is the first symbol followed by the
   * distractors.
   */
  static Batch encode(int[][] shown) {
    int batchSize = shown.length;
    int t = shown[0].length + 1;
    int[][] symbols = new int[t][batchSize];
    int[][] labels = new int[1][batchSize];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 0; s < t - 1; s++) {
        symbols[s][b] = shown[b][s];
      }
      symbols[t - 1][b] = QUERY;
      labels[0][b] = shown[b][0];
    }
    return new Batch(
        OneHot.sequence(symbols, SYMBOLS + 1),
        new Batch.Classification(new int[] {t - 1}, labels, SYMBOLS));
  }
}
