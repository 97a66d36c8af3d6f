package gradflow.ui.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import gradflow.ui.i18n.I18n;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.options.Options;
import software.xdev.chartjs.model.options.animation.DefaultAnimation;
import software.xdev.chartjs.model.options.scale.Scales;

/**
 * Options of a {@link MatrixChart}, with the rules that JSON cannot carry as functions named
 * instead. The JS module reads {@code options.gradflow} and installs the functions: the colour of a
 * cell from {@link #colorMap}'s stops over [{@link #min}, {@link #max}], and the cell size that
 * tiles a grid of {@link #columns} by {@link #rows}.
 */
public class MatrixOptions extends Options<MatrixOptions, DefaultAnimation> {

  /** The named rules, as the JS module expects them under {@code options.gradflow}. */
  public record Rules(
      String colorMap,
      List<String> colorStops,
      Map<String, String> nonFiniteColors,
      double min,
      double max,
      int columns,
      int rows,
      String valueLabel,
      List<String> rowLabels,
      Map<String, String> nonFiniteWords) {}

  private static final Map<String, String> NON_FINITE_COLORS =
      Map.of("NaN", ColorMap.NAN, "Infinity", ColorMap.INFINITY, "-Infinity", ColorMap.ZERO);

  @JsonIgnore private ColorMap colorMap = ColorMap.VIRIDIS;
  @JsonIgnore private double min;
  @JsonIgnore private double max = 1;
  @JsonIgnore private int columns = 1;
  @JsonIgnore private int rows = 1;
  @JsonIgnore private String valueLabel = "value";
  @JsonIgnore private List<String> rowLabels = List.of();

  /**
   * The tooltip's words for NaN, +Infinity and log of 0, in the page's language when the options
   * are built (the script keeps English words for a chart without them).
   */
  @JsonIgnore
  private Map<String, String> nonFiniteWords =
      Map.of(
          "NaN", I18n.t("chart.nonFinite.nan"),
          "Infinity", I18n.t("chart.nonFinite.infinity"),
          "-Infinity", I18n.t("chart.nonFinite.zero"));

  @JsonProperty("gradflow")
  public Rules getRules() {
    return new Rules(
        colorMap.jsName(),
        colorMap.stops(),
        NON_FINITE_COLORS,
        min,
        max,
        columns,
        rows,
        valueLabel,
        rowLabels,
        nonFiniteWords);
  }

  public MatrixOptions setColorMap(ColorMap colorMap) {
    this.colorMap = colorMap;
    return this;
  }

  /** The value range that the colour map spans; values outside it take the end colours. */
  public MatrixOptions setRange(double min, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException(
          "range must have min < max, but is [" + min + ", " + max + "]");
    }
    this.min = min;
    this.max = max;
    return this;
  }

  /**
   * The grid that the cells tile: each cell takes 1/columns of the width and 1/rows of the height.
   */
  public MatrixOptions setGrid(int columns, int rows) {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "grid must be at least 1 x 1, but is " + columns + " x " + rows);
    }
    this.columns = columns;
    this.rows = rows;
    return this;
  }

  /**
   * Names for the rows, top to bottom, shown on the y axis and in tooltips instead of row numbers.
   */
  public MatrixOptions setRowLabels(List<String> rowLabels) {
    this.rowLabels = List.copyOf(rowLabels);
    return this;
  }

  /**
   * The chart's title, and the title of the x axis, along which the columns run; the rows are named
   * by {@link #setRowLabels} instead.
   */
  public MatrixOptions setTitles(String title, String xAxis) {
    return setScales(new Scales().addScale(Scales.ScaleAxis.X, Titles.linearAxis(xAxis)))
        .setPlugins(Titles.chart(title));
  }

  /** What a cell's value means, for the tooltip: e.g. {@code log10 ‖dL/dh_t‖}. */
  public MatrixOptions setValueLabel(String valueLabel) {
    this.valueLabel = valueLabel;
    return this;
  }
}
