package gradflow.engine;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1), at update number k = 1, 2, …: (1) m ← β1 m + (1 − β1) g,
 * (2) v ← β2 v + (1 − β2) g², (3) m̂ = m / (1 − β1^k), v̂ = v / (1 − β2^k), (4) w ← w − η m̂ / (√v̂
 * + ε).
 */
final class Adam extends Optimizer {
  private final double[][] m;
  private final double[][] v;
  private int k;

  Adam(OptimizerConfig c, List<Param> params) {
    super(c, params);
    m = state();
    v = state();
  }

  @Override
  void update() {
    k++;
    double lr = config.learningRate();
    double b1 = config.beta1();
    double b2 = config.beta2();
    double eps = config.epsilon();
    // (3) bias corrections
    double c1 = 1.0 - StrictMath.pow(b1, k);
    double c2 = 1.0 - StrictMath.pow(b2, k);
    for (int q = 0; q < params.size(); q++) {
      double[] w = params.get(q).v();
      double[] g = params.get(q).g();
      double[] mq = m[q];
      double[] vq = v[q];
      for (int i = 0; i < w.length; i++) {
        // (1), (2)
        mq[i] = b1 * mq[i] + (1.0 - b1) * g[i];
        vq[i] = b2 * vq[i] + (1.0 - b2) * g[i] * g[i];
        // (3), (4)
        w[i] -= lr * (mq[i] / c1) / (Math.sqrt(vq[i] / c2) + eps);
      }
    }
  }
}
