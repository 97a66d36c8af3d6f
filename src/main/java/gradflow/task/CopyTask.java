package gradflow.task;

import gradflow.engine.Batch;

/**
 * The copy-memory problem exactly as Arjovsky, Shah and Bengio (2016) set it: read 10 symbols,
 * wait, and write them out again.
 *
 * <p>The alphabet has 10 categories: symbols 0–7, blank 8 and delimiter 9, each input a one-hot
 * vector of width 10. For delay T the sequence has T + 20 steps: steps 0–9 hold 10 symbols drawn
 * uniformly from 0–7, steps 10 to T + 8 are blanks (T − 1 of them), step T + 9 is the delimiter and
 * the last 10 steps are blanks again. The target is blank (8) at steps 0 to T + 9 and the 10
 * symbols, in order, at steps T + 10 to T + 19. The readout has 9 classes (0–8: the delimiter is
 * never a target).
 *
 * <p>Where the loss is taken: cross-entropy at every one of the T + 20 steps, averaged, as in the
 * paper. (The wording "T blanks, then a delimiter" would make the sequence T + 21 long;
 * following the paper keeps the baseline below exact.)
 *
 * <p>Worked example, T = 2, symbols (3, 1, 4, 1, 5, 2, 6, 5, 3, 5): the 22 inputs are 3 1 4 1 5 2 6
 * 5 3 5, 8 (one blank), 9 (delimiter), then ten 8s; the 22 targets are twelve 8s, then 3 1 4 1 5 2
 * 6 5 3 5.
 *
 * <p>Baseline 10 ln 8 / (T + 20): the memoryless strategy predicts blank with certainty for the
 * first T + 10 steps (loss 0) and a uniform guess over the 8 symbols for the last 10 (loss ln 8
 * each); averaged over all T + 20 steps that is 10 ln 8 / (T + 20).
 */
final class CopyTask extends BaseTask {
  static final int SYMBOLS = 8;
  static final int COPIED = 10;
  static final int BLANK = 8;
  static final int DELIMITER = 9;

  CopyTask(int delay) {
    super(
        TaskKind.COPY,
        delay,
        delay + 2 * COPIED,
        SYMBOLS + 2,
        SYMBOLS + 1,
        LossKind.CROSS_ENTROPY,
        range(0, delay + 2 * COPIED));
  }

  @Override
  public double baseline() {
    return COPIED * Math.log(SYMBOLS) / sequenceLength();
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    int[][] symbols = new int[batchSize][COPIED];
    for (int b = 0; b < batchSize; b++) {
      for (int i = 0; i < COPIED; i++) {
        symbols[b][i] = rng.nextInt(SYMBOLS);
      }
    }
    return encode(symbols, length());
  }

  /** The batch for explicit contents: the 10 symbols {@code symbols[b]} of each sequence. */
  static Batch encode(int[][] symbols, int delay) {
    int batchSize = symbols.length;
    int t = delay + 2 * COPIED;
    int[][] inputSymbols = new int[t][batchSize];
    int[][] labels = new int[t][batchSize];
    for (int b = 0; b < batchSize; b++) {
      for (int s = 0; s < t; s++) {
        inputSymbols[s][b] = BLANK;
        labels[s][b] = BLANK;
      }
      for (int i = 0; i < COPIED; i++) {
        inputSymbols[i][b] = symbols[b][i];
        labels[delay + COPIED + i][b] = symbols[b][i];
      }
      inputSymbols[delay + COPIED - 1][b] = DELIMITER;
    }
    return new Batch(
        OneHot.sequence(inputSymbols, SYMBOLS + 2),
        new Batch.Classification(range(0, t), labels, SYMBOLS + 1));
  }
}
