package gradflow.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * The heatmaps' colour maps as evenly spaced stops (from matplotlib's viridis and magma),
 * interpolated linearly, and the colours of values no map holds. The only copy: matrix charts send
 * the stops to the JS module with their rules, and the gallery's small pictures ({@link #rgb}) are
 * drawn from the same ones, so a card and the live heatmap never disagree about a colour.
 */
public enum ColorMap {
  /** Perceptually uniform and readable with the common colour-vision deficiencies. */
  VIRIDIS(
      "#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58",
      "#b5de2b", "#fde725"),
  /** Viridis' warmer sibling, for a second heatmap beside the first. */
  MAGMA(
      "#000004", "#180f3d", "#440f76", "#721f81", "#9e2f7f", "#cd4071", "#f1605d", "#fd9668",
      "#feca8d", "#fcfdbf");

  /**
   * NaN (a diverged run), +Infinity (overflow) and log10 of an exact 0 (no gradient at all):
   * colours outside both maps, because they are results to show, not gaps to hide.
   */
  public static final String NAN = "#ff2d95";

  public static final String INFINITY = "#ffffff";
  public static final String ZERO = "#000000";

  private final List<String> stops;

  ColorMap(String... stops) {
    this.stops = List.of(stops);
  }

  /** The stops, first for the low end of the range. */
  public List<String> stops() {
    return stops;
  }

  String jsName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The colour at this fraction of the range (clamped to 0..1) as 0xRRGGBB, each channel rounded
   * half up as the JS module's {@code Math.round} does.
   */
  public int rgb(double fraction) {
    double f = Math.min(1, Math.max(0, fraction)) * (stops.size() - 1);
    int i = Math.min(stops.size() - 2, (int) Math.floor(f));
    int a = parse(stops.get(i));
    int b = parse(stops.get(i + 1));
    double t = f - i;
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int av = (a >> shift) & 255;
      int bv = (b >> shift) & 255;
      rgb |= (int) Math.floor(av + (bv - av) * t + 0.5) << shift;
    }
    return rgb;
  }

  /** {@code "#rrggbb"} as 0xRRGGBB. */
  public static int parse(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }
}
