package gradflow.ui.live;

import java.util.Locale;

/**
 * Numbers as the charts' tables and tooltips print them: four significant digits, and non-finite
 * values by name, since a diverged run's NaN is a result to read, not a blank.
 */
final class Numbers {

  private Numbers() {}

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Infinity" : "−Infinity";
    }
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e4) {
      return String.format(Locale.ROOT, "%.4g", value);
    }
    return String.format(Locale.ROOT, "%.3e", value);
  }

  /** A finite positive number: the only kind a logarithmic axis can place. */
  static boolean loggable(double value) {
    return Double.isFinite(value) && value > 0;
  }
}
