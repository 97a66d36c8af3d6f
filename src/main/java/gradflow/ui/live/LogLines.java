package gradflow.ui.live;

import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chart of a few lines on a log y-axis draws for one probe: the x positions they share, the
 * lines, and the words around them. A value a log axis cannot place (0, negative, NaN, infinite) is
 * left out of the drawing, counted in the note, and kept in the table of numbers as it is.
 *
 * @param x the x positions, shared by every line
 * @param xHeader the x axis' symbol, e.g. "t" or "ℓ", for the table and the tooltips
 * @param lines the lines, each with a value per x position (NaN where it has none)
 * @param note what the chart's own note adds, e.g. why some values are 0; may be empty
 * @param summary the screen reader's summary of what is drawn
 * @param caption the table's caption
 */
record LogLines(
    double[] x, String xHeader, List<Line> lines, String note, String summary, String caption) {

  /** How a line is drawn. */
  enum Kind {
    /** A line through its points. */
    LINE,
    /** Points only, e.g. a measurement beside a prediction. */
    POINTS,
    /**
     * A dashed line, e.g. a bound, which some x positions lack on purpose: its missing values are
     * not counted as left out.
     */
    BOUND,
    /** A grey dashed guide, e.g. y = 1; neither counted nor in the table. */
    REFERENCE
  }

  /**
   * One line: its legend entry, the short symbol that heads its column and names it in tooltips,
   * its values by x position, its look and kind.
   */
  record Line(String label, String symbol, double[] y, SeriesStyle style, Kind kind) {}

  /** The points of one line that a log axis can place, each with its tooltip. */
  List<LabelledPoint> points(Line line) {
    var points = new ArrayList<LabelledPoint>();
    for (int i = 0; i < x.length; i++) {
      double y = line.y()[i];
      if (Numbers.loggable(y)) {
        points.add(
            new LabelledPoint(
                x[i],
                y,
                List.of(xHeader + " = " + xText(x[i]), line.symbol() + " = " + Numbers.format(y))));
      }
    }
    return points;
  }

  /** How many drawn values are exactly 0 (reference lines and bounds aside). */
  int zeros() {
    return count(true);
  }

  /** How many drawn values are NaN or infinite (reference lines and bounds aside). */
  int nonFinite() {
    return count(false);
  }

  private int count(boolean zero) {
    int count = 0;
    for (var line : lines) {
      if (line.kind() == Kind.REFERENCE || line.kind() == Kind.BOUND) {
        continue;
      }
      for (double y : line.y()) {
        if (zero ? y == 0 : !Double.isFinite(y)) {
          count++;
        }
      }
    }
    return count;
  }

  /** The note under the chart: what was left out of the log axis, then the chart's own words. */
  String fullNote() {
    var parts = new ArrayList<String>();
    if (zeros() > 0) {
      parts.add(I18n.t("chart.derive.zero", zeros()));
    }
    if (nonFinite() > 0) {
      parts.add(I18n.t("chart.derive.nonFinite", nonFinite()));
    }
    if (!note.isEmpty()) {
      parts.add(note);
    }
    return String.join(" ", parts);
  }

  /** The table of numbers: one row per x position, one column per line (reference lines aside). */
  NumbersTable.Content table() {
    var headers = new ArrayList<String>();
    headers.add(xHeader);
    var shown = lines.stream().filter(l -> l.kind() != Kind.REFERENCE).toList();
    shown.forEach(l -> headers.add(l.symbol()));
    var rows = new ArrayList<List<String>>();
    for (int i = 0; i < x.length; i++) {
      var row = new ArrayList<String>();
      row.add(xText(x[i]));
      for (var line : shown) {
        row.add(Numbers.format(line.y()[i]));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(caption, headers, rows);
  }

  /** A whole x (a step, a distance, a layer) as a whole number. */
  static String xText(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e9 ? Long.toString((long) x) : Numbers.format(x);
  }

  /** x = 0, 1, …, n − 1. */
  static double[] indices(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  /** Time runs backwards from the loss: index ℓ holds step T − 1 − ℓ. */
  static double[] reversed(double[] byTime) {
    double[] byDistance = new double[byTime.length];
    for (int l = 0; l < byTime.length; l++) {
      byDistance[l] = byTime[byTime.length - 1 - l];
    }
    return byDistance;
  }
}
