package gradflow.task;

import gradflow.engine.Batch;
import org.ejml.data.DMatrixRMaj;

/**
 * Two interleaved spirals, the depth task: a single step (T = 1), so the long path a gradient
 * travels is through the layers of a feed-forward stack, not through time.
 *
 * <p>Each point draws u uniform on [0, 1) and a class c uniform in {0, 1}; with radius r = u and
 * angle θ = 3πu + πc its input is x = (r cos θ, r sin θ). The two classes are the same 1.5-turn
 * spiral, one rotated by half a turn, so telling them apart needs a strongly non-linear boundary.
 * The loss is cross-entropy at the single step 0, with 2 classes.
 *
 * <p>Worked example: u = 0.5, c = 1 gives θ = 2.5π, so x = (0.5 cos 2.5π, 0.5 sin 2.5π) = (0, 0.5),
 * target class 1.
 *
 * <p>Baseline ln 2 ≈ 0.693: the classes are equally likely.
 */
final class SpiralsTask extends BaseTask {
  static final double TURNS_IN_PI = 3.0;

  SpiralsTask(int length) {
    super(TaskKind.SPIRALS, length, 1, 2, 2, LossKind.CROSS_ENTROPY, new int[] {0});
  }

  @Override
  public double baseline() {
    return Math.log(2);
  }

  @Override
  Batch generate(SplitMix rng, int batchSize) {
    double[] u = new double[batchSize];
    int[] classes = new int[batchSize];
    for (int b = 0; b < batchSize; b++) {
      u[b] = rng.nextDouble();
      classes[b] = rng.nextInt(2);
    }
    return encode(u, classes);
  }

  /**
   * The batch for explicit positions {@code u[b]} along the spiral and classes {@code classes[b]}.
   */
  static Batch encode(double[] u, int[] classes) {
    DMatrixRMaj x = new DMatrixRMaj(u.length, 2);
    for (int b = 0; b < u.length; b++) {
      // StrictMath: the same points on every JVM, so a shared link reproduces its numbers.
      double theta = Math.PI * (TURNS_IN_PI * u[b] + classes[b]);
      x.set(b, 0, u[b] * StrictMath.cos(theta));
      x.set(b, 1, u[b] * StrictMath.sin(theta));
    }
    return new Batch(
        new DMatrixRMaj[] {x},
        new Batch.Classification(new int[] {0}, new int[][] {classes.clone()}, 2));
  }
}
