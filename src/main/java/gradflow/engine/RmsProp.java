package gradflow.engine;

import java.util.List;

/**
 * RMSprop (Tieleman and Hinton 2012, lecture 6.5), ρ = beta2: (1) s ← ρ s + (1 − ρ) g², (2) w ← w −
 * η g / (√s + ε).
 */
final class RmsProp extends Optimizer {
  private final double[][] s;

  RmsProp(OptimizerConfig c, List<Param> params) {
    super(c, params);
    s = state();
  }

  @Override
  void update() {
    double lr = config.learningRate();
    double rho = config.beta2();
    double eps = config.epsilon();
    for (int q = 0; q < params.size(); q++) {
      double[] w = params.get(q).v();
      double[] g = params.get(q).g();
      double[] sq = s[q];
      for (int i = 0; i < w.length; i++) {
        // (1) s ← ρ s + (1 − ρ) g²
        sq[i] = rho * sq[i] + (1.0 - rho) * g[i] * g[i];
        // (2) w ← w − η g / (√s + ε)
        w[i] -= lr * g[i] / (Math.sqrt(sq[i]) + eps);
      }
    }
  }
}
