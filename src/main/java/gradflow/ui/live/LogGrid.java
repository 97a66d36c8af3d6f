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
   * largest value, and at least one decade wide.
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
    double max = Math.ceil(hi) + 0.0; // + 0.0 turns -0.0 into 0.0, which the colour bar prints
    double min = Math.max(Math.floor(lo), max - MAX_DECADES);
    return new double[] {Math.min(min, max - 1), max};
  }
}
