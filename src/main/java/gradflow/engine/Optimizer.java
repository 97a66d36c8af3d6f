package gradflow.engine;

import java.util.List;

/** Updates parameters in place from their (clipped) gradients; state buffers are allocated once. */
abstract class Optimizer {
  final OptimizerConfig config;
  final List<Param> params;

  Optimizer(OptimizerConfig config, List<Param> params) {
    this.config = config;
    this.params = params;
  }

  static Optimizer create(OptimizerConfig c, List<Param> params) {
    return switch (c.kind()) {
      case SGD -> new Sgd(c, params);
      case MOMENTUM -> new Momentum(c, params);
      case RMSPROP -> new RmsProp(c, params);
      case ADAM -> new Adam(c, params);
    };
  }

  abstract void update();

  /** One zeroed state array per parameter. */
  final double[][] state() {
    double[][] s = new double[params.size()][];
    for (int i = 0; i < s.length; i++) {
      s[i] = new double[params.get(i).size()];
    }
    return s;
  }
}
