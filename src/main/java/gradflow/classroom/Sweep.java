package gradflow.classroom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The class as one experiment: one numeric setting spread evenly over a range, one value per
 * student in the order they joined, starting over when more students join than there are values.
 *
 * @param path a path of the settings table ({@code "init.spectralRadius"}, {@code
 *     "layers[].forgetBias"}, which sets every layer that uses it), or {@link #DEPTH}
 * @param from the first value
 * @param to the last value (it may be below {@code from}: the values then fall)
 * @param count how many values were asked for, 2 to 200
 * @param values the values in assignment order: evenly spaced from {@code from} to {@code to},
 *     rounded and without repeats for a whole-number setting (so perhaps fewer than {@code count})
 */
public record Sweep(String path, double from, double to, int count, List<Double> values) {
  /**
   * The sweep over depth: the number of layers, {@code "layers"} as the table names the list. A
   * student's stack is the class's with its last layer repeated, or its top layers left out, until
   * it has the student's number of layers.
   */
  public static final String DEPTH = "layers";

  public static final int MIN_COUNT = 2;
  public static final int MAX_COUNT = 200;

  public Sweep {
    values = List.copyOf(values);
  }

  /** A sweep's values: evenly spaced, and for whole numbers rounded without repeats. */
  static Sweep of(String path, double from, double to, int count, boolean wholeNumbers) {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // The last value exactly, not from plus a sum of rounded steps.
      double v = i == count - 1 ? to : from + i * (to - from) / (count - 1);
      values.add(wholeNumbers ? (double) Math.round(v) : v);
    }
    return new Sweep(path, from, to, count, List.copyOf(new LinkedHashSet<>(values)));
  }

  /** The value of the student who joined {@code seat}-th (0 for the first). */
  public double valueFor(int seat) {
    return values.get(seat % values.size());
  }

  /** Whether this sweeps the number of layers. */
  public boolean isDepth() {
    return DEPTH.equals(path);
  }
}
