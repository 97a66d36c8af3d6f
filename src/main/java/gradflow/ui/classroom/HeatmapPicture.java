package gradflow.ui.classroom;

import gradflow.classroom.Heatmap;
import gradflow.ui.chart.ColorMap;
import gradflow.ui.live.HeatmapView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import javax.imageio.ImageIO;

/**
 * A gallery card's heatmap as a small PNG in a data address: a few hundred bytes per card, where a
 * chart per card would cost a canvas and a script each for a room of thirty. Its colours are the
 * live heatmap's ({@link ColorMap#VIRIDIS} over log10, NaN pink, +Infinity white, an exact 0
 * black), on a range that every card of the gallery shares ({@link #range}), so that a card darker
 * than another is a gradient that vanished further, not one drawn on a different scale.
 */
final class HeatmapPicture {
  static final int CELL = 6;

  private HeatmapPicture() {}

  /** The widest the shared range reaches either side of the near end, in decades. */
  static final int MAX_DECADES = 12;

  /**
   * The colour range of the relative log10 for these heatmaps together: whole decades that hold
   * every finite cell, at most {@link #MAX_DECADES} either side of 0 (beyond, cells take the end
   * colours), and at least one either side, so that the near end's own colour is never an end of
   * the map.
   */
  static double[] range(Collection<Heatmap> maps) {
    double lo = 0;
    double hi = 0;
    for (Heatmap map : maps) {
      for (double[] row : relative(map)) {
        for (double v : row) {
          if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    return new double[] {
      Math.min(-1, Math.max(-MAX_DECADES, Math.floor(lo))) + 0.0,
      Math.max(1, Math.min(MAX_DECADES, Math.ceil(hi))) + 0.0
    };
  }

  /**
   * The live heatmap's relative view ({@link HeatmapView#relative}) on log10: each row minus its
   * last column, or for one column (a depth task) minus the top row; NaN where the reference is not
   * finite (a diverged run), which the card shows as NaN.
   */
  static double[][] relative(Heatmap map) {
    double[][] cells = map.log10();
    int rows = cells.length;
    int columns = rows == 0 ? 0 : cells[0].length;
    double[][] out = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double reference = columns > 1 ? cells[r][columns - 1] : cells[rows - 1][0];
        out[r][c] = Double.isFinite(reference) ? cells[r][c] - reference : Double.NaN;
      }
    }
    return out;
  }

  /** The picture of the relative log10 on the range [lo, hi]. */
  static String dataUrl(Heatmap map, double lo, double hi) {
    double[][] cells = relative(map);
    int rows = cells.length;
    int columns = rows == 0 ? 0 : cells[0].length;
    var image =
        new BufferedImage(
            Math.max(1, columns * CELL), Math.max(1, rows * CELL), BufferedImage.TYPE_INT_RGB);
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

  /** The colour of one cell of log10, on the range [lo, hi], as 0xRRGGBB. */
  static int colour(double v, double lo, double hi) {
    if (Double.isNaN(v)) {
      return ColorMap.parse(ColorMap.NAN);
    }
    if (v == Double.POSITIVE_INFINITY) {
      return ColorMap.parse(ColorMap.INFINITY);
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return ColorMap.parse(ColorMap.ZERO);
    }
    return ColorMap.VIRIDIS.rgb((v - lo) / (hi - lo));
  }
}
