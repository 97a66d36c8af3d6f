package gradflow.engine;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Seeded random batches for the engine's tests. */
final class Fixtures {
  private Fixtures() {}

  static DMatrixRMaj[] gaussianInputs(SplittableRandom rng, int T, int B, int I) {
    DMatrixRMaj[] x = new DMatrixRMaj[T];
    for (int t = 0; t < T; t++) {
      x[t] = new DMatrixRMaj(B, I);
      for (int i = 0; i < x[t].data.length; i++) {
        x[t].data[i] = rng.nextGaussian();
      }
    }
    return x;
  }

  static Batch regression(SplittableRandom rng, int T, int B, int I, int O, int[] steps) {
    DMatrixRMaj[] v = new DMatrixRMaj[steps.length];
    for (int q = 0; q < steps.length; q++) {
      v[q] = new DMatrixRMaj(B, O);
      for (int i = 0; i < v[q].data.length; i++) {
        v[q].data[i] = rng.nextGaussian();
      }
    }
    return new Batch(gaussianInputs(rng, T, B, I), new Batch.Regression(steps, v));
  }

  static Batch classification(SplittableRandom rng, int T, int B, int I, int classes, int[] steps) {
    int[][] labels = new int[steps.length][B];
    for (int[] row : labels) {
      for (int b = 0; b < B; b++) {
        row[b] = rng.nextInt(classes);
      }
    }
    return new Batch(
        gaussianInputs(rng, T, B, I), new Batch.Classification(steps, labels, classes));
  }

  static int[] lastStep(int T) {
    return new int[] {T - 1};
  }

  /** The adding problem of Hochreiter and Schmidhuber 1997, as numpy_reference.py draws it. */
  static Batch adding(SplittableRandom rng, int T, int B) {
    DMatrixRMaj[] x = new DMatrixRMaj[T];
    for (int t = 0; t < T; t++) {
      x[t] = new DMatrixRMaj(B, 2);
    }
    DMatrixRMaj y = new DMatrixRMaj(B, 1);
    int half = T / 2;
    for (int b = 0; b < B; b++) {
      int first = rng.nextInt(Math.max(half, 1));
      int second = half + rng.nextInt(T - half);
      for (int t = 0; t < T; t++) {
        double v = rng.nextDouble();
        boolean marked = t == first || t == second;
        x[t].set(b, 0, v);
        x[t].set(b, 1, marked ? 1.0 : 0.0);
        if (marked) {
          y.data[b] += v;
        }
      }
    }
    return new Batch(x, new Batch.Regression(lastStep(T), new DMatrixRMaj[] {y}));
  }
}
