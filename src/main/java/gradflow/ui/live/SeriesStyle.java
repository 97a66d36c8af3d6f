package gradflow.ui.live;

import java.util.List;

/**
 * How the i-th series of a multi-series chart looks: an Okabe–Ito colour and, independently, a
 * point style and a dash, so that two series never differ by colour alone. Colours and styles cycle
 * with coprime periods (7 and 8), so the first 56 series all look different.
 */
record SeriesStyle(String colour, String pointStyle, List<Integer> dash) {

  /**
   * Okabe &amp; Ito (2008) without yellow, which is too faint on white; the ones with the most
   * contrast against white come first, since most stacks have few series.
   */
  static final List<String> COLOURS =
      List.of("#0072B2", "#D55E00", "#009E73", "#000000", "#CC79A7", "#E69F00", "#56B4E9");

  static final List<String> POINT_STYLES =
      List.of("circle", "triangle", "rect", "rectRot", "star", "cross", "crossRot", "line");

  private static final List<List<Integer>> DASHES =
      List.of(List.of(), List.of(6, 3), List.of(2, 2), List.of(8, 3, 2, 3));

  static SeriesStyle of(int index) {
    return new SeriesStyle(
        COLOURS.get(index % COLOURS.size()),
        POINT_STYLES.get(index % POINT_STYLES.size()),
        DASHES.get(index % DASHES.size()));
  }
}
