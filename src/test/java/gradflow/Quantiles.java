package gradflow;

import java.util.Arrays;
import java.util.List;

/** The benchmarks' percentiles: the nearest-rank value, NaN for no values. */
public final class Quantiles {
  private Quantiles() {}

  public static double of(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
