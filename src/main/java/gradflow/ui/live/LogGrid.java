package gradflow.ui.live;

import gradflow.ui.chart.MatrixCell;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of gradient magnitudes as heatmap cells on a log10 scale, with a colour range that follows
 * the data. NaN and infinities stay as they are: a diverged run is a result to show.
 */
final class LogGrid {

  /** The widest colour range, in decades: beyond it the faintest cells all look alike anyway. */
  static final int MAX_DECADES = 12;

  /**
   * The narrowest colour range, in decades. A flat grid (every gradient equal, as with ρ = 1) then
   * sits in the middle of the colour map instead of at one dark or bright end, where it would say
   * "vanishing" or "exploding" when it is neither.
   */
  static final int MIN_DECADES = 2;

  private LogGrid() {}

  /** Cell (x = t, y = l) holds log10 of {@code grid[l][t]}; a zero becomes -Infinity. */
  static List<MatrixCell> cells(double[][] grid) {
    var cells = new ArrayList<MatrixCell>();
    for (int l = 0; l < grid.length; l++) {
      for (int t = 0; t < grid[l].length; t++) {
        cells.add(new MatrixCell(t, l, Math.log10(grid[l][t])));
      }
    }
    return cells;
  }

  /**
   * The whole decades that span the finite cells, at most {@link #MAX_DECADES} wide, ending at the
   * largest value, and at least {@link #MIN_DECADES} wide with a narrow spread of values centred.
   */
  static double[] range(List<MatrixCell> cells) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (var cell : cells) {
      if (Double.isFinite(cell.v())) {
        lo = Math.min(lo, cell.v());
        hi = Math.max(hi, cell.v());
      }
    }
    if (lo > hi) {
      return new double[] {-8, 0};
    }
    double max = Math.ceil(hi);
    double min = Math.max(Math.floor(lo), max - MAX_DECADES);
    if (max - min < MIN_DECADES) {
      min = Math.floor((lo + hi) / 2 - MIN_DECADES / 2.0);
      max = Math.max(max, min + MIN_DECADES);
    }
    // + 0.0 turns -0.0 into 0.0, which the colour bar prints
    return new double[] {min + 0.0, max + 0.0};
  }

  /**
   * The value every finite cell of the grid holds, when they all hold (nearly) the same: a flat
   * grid has one colour, so the page says its value in words.
   */
  static java.util.OptionalDouble uniformValue(double[][] grid) {
    double first = Double.NaN;
    for (double[] row : grid) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          continue;
        }
        if (Double.isNaN(first)) {
          first = v;
        } else if (Math.abs(v - first) > 1e-6 * Math.abs(first)) {
          return java.util.OptionalDouble.empty();
        }
      }
    }
    return Double.isNaN(first)
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(first);
  }
}
