package gradflow.ui.live;

import java.util.Locale;

/**
 * Numbers as the charts' tables and tooltips print them: four significant digits, and non-finite
 * values by name, since a diverged run's NaN is a result to read, not a blank.
 */
public final class Numbers {

  private Numbers() {}

  public static String format(double value) {
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
    String digits =
        String.format(
            Locale.ROOT, magnitude >= 1e-3 && magnitude < 1e4 ? "%.4g" : "%.3e", magnitude);
    // The minus sign, not a hyphen: screen readers then say "minus".
    return value < 0 ? "−" + digits : digits;
  }

  /** A finite positive number: the only kind a logarithmic axis can place. */
  static boolean loggable(double value) {
    return Double.isFinite(value) && value > 0;
  }
}
