package gradflow.ui.chart;

import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The titles every chart of the page sets up alike: its own above it, and one on each named axis.
 * Chart.js hides a title unless told to display it, which is easy to forget in one chart of many.
 */
public final class Titles {
  private Titles() {}

  /** The chart's title, shown above it. */
  public static Plugins chart(String title) {
    return new Plugins().setTitle(new Title().setDisplay(true).setText(title));
  }

  /**
   * The chart's title and a legend below it that draws each series with its point style, so that
   * series told apart by shape as well as colour stay apart for a colour-blind reader.
   */
  public static Plugins chartWithLegend(String title) {
    return chart(title)
        .setLegend(
            new LegendOptions()
                .setPosition("bottom")
                .setLabels(new LegendOptions.Labels().setUsePointStyle(true)));
  }

  /** An axis' title, shown beside it. */
  public static AbstractCartesianScaleOptions.Title axis(String text) {
    return new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(text);
  }

  /** A linear axis with a title. */
  public static LinearScaleOptions linearAxis(String title) {
    return new LinearScaleOptions().setTitle(axis(title));
  }
}
