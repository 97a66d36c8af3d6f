package gradflow.task;

import gradflow.engine.Batch;
import org.ejml.data.DMatrixRMaj;

/** Reading batches back, for tests. */
final class Batches {
  private Batches() {}

  /**
   * The symbol of a one-hot input row, or -1 for an all-zero row; fails on anything that is not
   * one-hot.
   */
  static int symbol(Batch batch, int t, int b) {
    DMatrixRMaj x = batch.inputs()[t];
    int found = -1;
    for (int c = 0; c < x.numCols; c++) {
      double v = x.get(b, c);
      if (v == 1.0) {
        if (found >= 0) {
          throw new AssertionError("two hot channels at step " + t + ", sequence " + b);
        }
        found = c;
      } else if (v != 0.0) {
        throw new AssertionError("not one-hot at step " + t + ", sequence " + b + ": " + v);
      }
    }
    return found;
  }

  static Batch.Classification classification(Batch batch) {
    return (Batch.Classification) batch.target();
  }

  static Batch.Regression regression(Batch batch) {
    return (Batch.Regression) batch.target();
  }

  static boolean sameContents(Batch a, Batch b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int t = 0; t < a.length(); t++) {
      if (!java.util.Arrays.equals(a.inputs()[t].data, b.inputs()[t].data)) {
        return false;
      }
    }
    if (!java.util.Arrays.equals(a.target().steps(), b.target().steps())) {
      return false;
    }
    return switch (a.target()) {
      case Batch.Classification c ->
          java.util.Arrays.deepEquals(c.labels(), classification(b).labels());
      case Batch.Regression r -> {
        for (int k = 0; k < r.values().length; k++) {
          if (!java.util.Arrays.equals(r.values()[k].data, regression(b).values()[k].data)) {
            yield false;
          }
        }
        yield true;
      }
    };
  }
}
