package gradflow.ui.compare;

import gradflow.ui.i18n.I18n;
import java.util.Locale;

/** Every word compare mode shows, in one place, so that a translation replaces this file only. */
final class CompareText {
  private CompareText() {}

  static String heading() {
    return I18n.t("compare.heading");
  }

  static String lessonLabel() {
    return I18n.t("compare.lessonLabel");
  }

  static String lessonPlaceholder() {
    return I18n.t("compare.lessonPlaceholder");
  }

  static String intro() {
    return I18n.t("compare.intro");
  }

  static String train() {
    return I18n.t("compare.train");
  }

  static String restart() {
    return I18n.t("compare.restart");
  }

  static String pause() {
    return I18n.t("compare.pause");
  }

  static String resume() {
    return I18n.t("compare.resume");
  }

  static String step() {
    return I18n.t("compare.step");
  }

  static String reset() {
    return I18n.t("compare.reset");
  }

  static String duplicate() {
    return I18n.t("compare.duplicate");
  }

  static String duplicated() {
    return I18n.t("compare.duplicated");
  }

  static String ready() {
    return I18n.t("compare.ready");
  }

  static String fixFirst() {
    return I18n.t("compare.fixFirst");
  }

  static String sharedNote() {
    return I18n.t("compare.sharedNote");
  }

  static String edit() {
    return I18n.t("compare.edit");
  }

  static String heatmapTitle() {
    return I18n.t("compare.heatmapTitle");
  }

  static String heatmapPlaceholder() {
    return I18n.t("compare.heatmapPlaceholder");
  }

  static String lossTitle() {
    return I18n.t("compare.lossTitle");
  }

  static String chance() {
    return I18n.t("compare.chance");
  }

  static String lossOf() {
    return I18n.t("compare.lossOf");
  }

  static String waiting(String side, int step, String other) {
    return I18n.t("compare.waiting", side, step, other);
  }

  static String stepAxis() {
    return I18n.t("compare.stepAxis");
  }

  static String lossAxis() {
    return I18n.t("compare.lossAxis");
  }

  static String lossChartLabel() {
    return I18n.t("compare.lossChartLabel");
  }

  static String unreadable() {
    return I18n.t("compare.unreadable");
  }

  static String progressLabel(String side) {
    return I18n.t("compare.progress", side);
  }

  static String sideStatus(String side, String status) {
    return side + ": " + status;
  }

  static String busy(boolean clientLimit, int seconds) {
    return I18n.t(clientLimit ? "run.busy.client" : "run.busy.server", seconds);
  }

  static String refused(String side, String why) {
    return side + ": " + why;
  }

  static String step(int shared, int a, int b) {
    return a == b
        ? I18n.t("compare.bothAt", shared)
        : I18n.t("compare.shownTogether", shared, a, b);
  }

  static String bothEnded(int a, int b) {
    return I18n.t("compare.bothEnded", a, b);
  }

  static String ended(String side, int step, String other, int otherStep) {
    return I18n.t("compare.ended", side, step, other, otherStep);
  }

  static String lossDifference(double a, double b) {
    if (number(a).equals(number(b))) {
      // Identical stacks can end a few ulps apart (summation order); that is no difference to show.
      return I18n.t("compare.lossEqual", number(a), number(b));
    }
    double diff = b - a;
    String lower =
        I18n.t(diff < 0 ? "compare.bLower" : diff > 0 ? "compare.aLower" : "compare.equal");
    return I18n.t("compare.lossDifference", number(a), number(b), signed(diff), lower);
  }

  static String lossWithoutNumber(String side, String status) {
    return I18n.t("compare.lossNone", side, status);
  }

  /** The caption under the loss chart; empty when no loss went above the top. */
  static String offTop(double top, Double peakA, Double peakB) {
    var sides = new java.util.ArrayList<String>();
    if (peakA != null) {
      sides.add(I18n.t("compare.peakA", number(peakA)));
    }
    if (peakB != null) {
      sides.add(I18n.t("compare.peakB", number(peakB)));
    }
    return sides.isEmpty()
        ? ""
        : I18n.t("compare.offTop", String.join(I18n.t("compare.and"), sides), number(top));
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : value < 0 ? "−" : "") + number(Math.abs(value));
  }
}
