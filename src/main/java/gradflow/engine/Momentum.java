package gradflow.engine;

import java.util.List;

/**
 * Heavy-ball momentum (Polyak 1964; as used by Sutskever et al. 2013), μ = beta1: (1) v ← μ v + g,
 * (2) w ← w − η v.
 */
final class Momentum extends Optimizer {
  private final double[][] v;

  Momentum(OptimizerConfig c, List<Param> params) {
    super(c, params);
    v = state();
  }

  @Override
  void update() {
    double lr = config.learningRate();
    double mu = config.beta1();
    for (int q = 0; q < params.size(); q++) {
      double[] w = params.get(q).v();
      double[] g = params.get(q).g();
      double[] vq = v[q];
      for (int i = 0; i < w.length; i++) {
        // (1) v ← μ v + g
        vq[i] = mu * vq[i] + g[i];
        // (2) w ← w − η v
        w[i] -= lr * vq[i];
      }
    }
  }
}
