package gradflow.engine;

import java.util.List;

/**
 * Gradient clipping, applied after backpropagation and before the optimiser:
 *
 * <pre>
 * (1) global-norm clipping (Pascanu, Mikolov and Bengio 2013, Algorithm 1):
 *     ‖g‖ = √(Σ over every parameter of g²);  if ‖g‖ > θ then g ← θ g / ‖g‖
 * (2) value clipping: g ← min(max(g, −v), v), element by element
 * </pre>
 *
 * (1) runs before (2). Zero switches either off.
 *
 * @param clipNorm θ of (1), 0 for none
 * @param clipValue v of (2), 0 for none
 */
public record Clipping(double clipNorm, double clipValue) {

  public static final Clipping NONE = new Clipping(0, 0);

  public Clipping {
    if (!(clipNorm >= 0) || Double.isInfinite(clipNorm)) {
      throw new IllegalArgumentException(
          "training.clipNorm must be finite and >= 0 (0: no clipping), not " + clipNorm);
    }
    if (!(clipValue >= 0) || Double.isInfinite(clipValue)) {
      throw new IllegalArgumentException(
          "training.clipValue must be finite and >= 0 (0: no clipping), not " + clipValue);
    }
  }

  public static Clipping norm(double clipNorm) {
    return new Clipping(clipNorm, 0);
  }

  public static Clipping value(double clipValue) {
    return new Clipping(0, clipValue);
  }

  /**
   * Clips the gradients in place, given their global norm; returns whether any gradient changed.
   */
  boolean apply(List<Param> params, double norm) {
    boolean clipped = false;
    // (1) g ← θ g / ‖g‖ when ‖g‖ > θ
    if (clipNorm > 0 && norm > clipNorm) {
      double s = clipNorm / norm;
      for (Param p : params) {
        double[] g = p.g();
        for (int i = 0; i < g.length; i++) {
          g[i] *= s;
        }
      }
      clipped = true;
    }
    // (2) g ← min(max(g, −v), v)
    if (clipValue > 0) {
      for (Param p : params) {
        double[] g = p.g();
        for (int i = 0; i < g.length; i++) {
          if (g[i] > clipValue) {
            g[i] = clipValue;
            clipped = true;
          } else if (g[i] < -clipValue) {
            g[i] = -clipValue;
            clipped = true;
          }
        }
      }
    }
    return clipped;
  }
}
