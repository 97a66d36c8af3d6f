package gradflow.ui.live;

import gradflow.ui.i18n.I18n;

/**
 * The words that every live chart has, under its own key in the bundle: {@code <key>.title}, {@code
 * .accessible}, {@code .xAxis}, {@code .yAxis} and {@code .caption} (its table's). Each chart's
 * {@code Text} keeps only the words of its own. Read when asked, in the current UI's language.
 */
record ChartWords(String key) {

  String title() {
    return I18n.t(key + ".title");
  }

  /** The chart's label for screen readers, before anything is drawn. */
  String accessible() {
    return I18n.t(key + ".accessible");
  }

  String xAxis() {
    return I18n.t(key + ".xAxis");
  }

  String yAxis() {
    return I18n.t(key + ".yAxis");
  }

  /** The caption of the chart's table of numbers; some name the layer or a count in it. */
  String caption(Object... args) {
    return I18n.t(key + ".caption", args);
  }
}
