package gradflow.ui.classroom;

import gradflow.classroom.Heatmap;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * A gallery card's heatmap as a small PNG in a data address: a few hundred bytes per card, where a
 * chart per card would cost a canvas and a script each for a room of thirty. Colours run from dark
 * blue (a gradient that has vanished) through green to yellow (a large one) over the picture's own
 * range of log10; NaN is magenta, an infinite gradient white, a gradient of exactly 0 black, so
 * that each stands apart from every finite value.
 */
final class HeatmapPicture {
  static final int CELL = 6;
  static final int NAN = 0xCC00CC;
  static final int INFINITE = 0xFFFFFF;
  static final int ZERO = 0x000000;

  /** Dark blue, teal, green, yellow: a viridis-like ramp, readable in grey too. */
  private static final int[] RAMP = {0x30123B, 0x21608D, 0x21918C, 0x5EC962, 0xFDE725};

  private HeatmapPicture() {}

  static String dataUrl(Heatmap map) {
    double[][] cells = map.log10();
    int rows = cells.length;
    int columns = rows == 0 ? 0 : cells[0].length;
    var image =
        new BufferedImage(
            Math.max(1, columns * CELL), Math.max(1, rows * CELL), BufferedImage.TYPE_INT_RGB);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : cells) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int rgb = colour(cells[r][c], lo, hi);
        // The top layer on top, as the playground's heatmap draws it.
        int y0 = (rows - 1 - r) * CELL;
        for (int dy = 0; dy < CELL; dy++) {
          for (int dx = 0; dx < CELL; dx++) {
            image.setRGB(c * CELL + dx, y0 + dy, rgb);
          }
        }
      }
    }
    var png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }

  /** The colour of one cell of log10, on the picture's range [lo, hi]. */
  static int colour(double v, double lo, double hi) {
    if (Double.isNaN(v)) {
      return NAN;
    }
    if (v == Double.POSITIVE_INFINITY) {
      return INFINITE;
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return ZERO;
    }
    double f = hi > lo ? (v - lo) / (hi - lo) : 0.5;
    double at = f * (RAMP.length - 1);
    int i = Math.min(RAMP.length - 2, (int) Math.floor(at));
    return mix(RAMP[i], RAMP[i + 1], at - i);
  }

  private static int mix(int a, int b, double t) {
    int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
    int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
    return (r << 16) | (g << 8) | bl;
  }
}
