package gradflow.engine;

import java.util.Locale;

/**
 * The activations σ of the {@code rnn} and {@code dense} cells. The derivative is taken from the
 * output h = σ(z), which the cells keep anyway: tanh' = 1 − h², sigmoid' = h(1 − h), relu' = [h >
 * 0], identity' = 1.
 */
public enum Activation {
  TANH,
  RELU,
  SIGMOID,
  IDENTITY;

  public static Activation parse(String name) {
    return Names.parse(Activation.class, "activation", name);
  }

  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * γ = max |σ′|: 1 for tanh, relu and identity, 1/4 for sigmoid; the factor in Pascanu, Mikolov
   * and Bengio's bound ‖diag(σ′) W_h‖ ≤ γ σ_max(W_h).
   */
  public double derivativeBound() {
    return this == SIGMOID ? 0.25 : 1.0;
  }

  /** h ← σ(z) in place on x[off, off + len). */
  void apply(Kernels k, double[] x, int off, int len) {
    switch (this) {
      case TANH -> k.tanh(x, off, len);
      case SIGMOID -> k.sigmoid(x, off, len);
      case RELU -> {
        for (int i = off; i < off + len; i++) {
          x[i] = Math.max(x[i], 0.0);
        }
      }
      case IDENTITY -> {}
    }
  }

  /** dz ← dh ⊙ σ'(z), with σ'(z) written through the output h. */
  void backward(double[] h, double[] dh, double[] dz, int off, int len) {
    switch (this) {
      case TANH -> {
        for (int i = off; i < off + len; i++) {
          dz[i] = dh[i] * (1.0 - h[i] * h[i]);
        }
      }
      case SIGMOID -> {
        for (int i = off; i < off + len; i++) {
          dz[i] = dh[i] * h[i] * (1.0 - h[i]);
        }
      }
      case RELU -> {
        for (int i = off; i < off + len; i++) {
          dz[i] = h[i] > 0.0 ? dh[i] : 0.0;
        }
      }
      case IDENTITY -> System.arraycopy(dh, off, dz, off, len);
    }
  }
}
