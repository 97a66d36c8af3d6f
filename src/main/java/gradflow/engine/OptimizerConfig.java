package gradflow.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * The optimiser of DESIGN.md's {@code training.optimizer} and its hyper-parameters. Which fields a
 * kind reads:
 *
 * <ul>
 *   <li>{@code sgd}: learningRate;
 *   <li>{@code momentum}: learningRate, beta1 (the momentum μ, default 0.9);
 *   <li>{@code rmsprop}: learningRate, beta2 (the decay ρ of the mean square, default 0.9),
 *       epsilon;
 *   <li>{@code adam}: learningRate, beta1 (0.9), beta2 (0.999), epsilon (1e-8).
 * </ul>
 */
public record OptimizerConfig(
    Kind kind, double learningRate, double beta1, double beta2, double epsilon) {

  public static final double MAX_LEARNING_RATE = 100.0;

  public enum Kind {
    SGD,
    MOMENTUM,
    RMSPROP,
    ADAM;

    public static Kind parse(String name) {
      return Names.parse(Kind.class, "training.optimizer", name);
    }

    public String specName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public OptimizerConfig {
    Objects.requireNonNull(kind, "training.optimizer");
    if (!(learningRate > 0) || learningRate > MAX_LEARNING_RATE) {
      throw new IllegalArgumentException(
          "training.learningRate must be in (0, " + MAX_LEARNING_RATE + "], not " + learningRate);
    }
    if (!(beta1 >= 0 && beta1 < 1)) {
      throw new IllegalArgumentException("beta1 (momentum) must be in [0, 1), not " + beta1);
    }
    if (!(beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException("beta2 (decay) must be in [0, 1), not " + beta2);
    }
    if (!(epsilon > 0) || epsilon > 1) {
      throw new IllegalArgumentException("epsilon must be in (0, 1], not " + epsilon);
    }
  }

  /** The defaults of each kind, at the given learning rate. */
  public static OptimizerConfig of(Kind kind, double learningRate) {
    return switch (kind) {
      case SGD -> new OptimizerConfig(kind, learningRate, 0.0, 0.0, 1e-8);
      case MOMENTUM -> new OptimizerConfig(kind, learningRate, 0.9, 0.0, 1e-8);
      case RMSPROP -> new OptimizerConfig(kind, learningRate, 0.0, 0.9, 1e-8);
      case ADAM -> new OptimizerConfig(kind, learningRate, 0.9, 0.999, 1e-8);
    };
  }

  public static OptimizerConfig sgd(double learningRate) {
    return of(Kind.SGD, learningRate);
  }

  public static OptimizerConfig momentum(double learningRate) {
    return of(Kind.MOMENTUM, learningRate);
  }

  public static OptimizerConfig rmsprop(double learningRate) {
    return of(Kind.RMSPROP, learningRate);
  }

  public static OptimizerConfig adam(double learningRate) {
    return of(Kind.ADAM, learningRate);
  }
}
