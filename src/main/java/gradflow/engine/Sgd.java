package gradflow.engine;

import java.util.List;

/** Plain gradient descent: (1) w ← w − η g. */
final class Sgd extends Optimizer {
  Sgd(OptimizerConfig c, List<Param> params) {
    super(c, params);
  }

  @Override
  void update() {
    double lr = config.learningRate();
    for (Param p : params) {
      double[] w = p.v();
      double[] g = p.g();
      // (1) w ← w − η g
      for (int i = 0; i < w.length; i++) {
        w[i] -= lr * g[i];
      }
    }
  }
}
