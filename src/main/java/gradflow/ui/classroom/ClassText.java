package gradflow.ui.classroom;

import gradflow.classroom.ClassRun;
import gradflow.classroom.Classroom;
import gradflow.classroom.Target;
import gradflow.experiment.SettingsTable;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.Presets;
import gradflow.ui.i18n.I18n;
import gradflow.ui.i18n.SettingText;
import gradflow.ui.live.Numbers;
import java.util.List;

/** The words of the class pages that are built from data: where a class is, a run's outcome. */
final class ClassText {
  private ClassText() {}

  /**
   * Reloads a page that is built from the session and the class alone when the language switches
   * away from the one its words are in; the switch also reaches a page as it opens, which keeps it.
   */
  static void reloadInAnotherLanguage(
      com.vaadin.flow.i18n.LocaleChangeEvent event, java.util.Locale builtIn) {
    if (!I18n.supported(event.getLocale()).equals(builtIn)) {
      event.getUI().getPage().reload();
    }
  }

  static String t(String key, Object... args) {
    return I18n.t(key, args);
  }

  /** Where the class is: the lesson's title in the page's language, or the saved experiment. */
  static String where(Classroom c, List<Preset> lessons) {
    Target target = c.target();
    if (target.kind() == Target.Kind.LESSON) {
      return lessons.stream()
          .filter(l -> l.id().equals(target.id()))
          .findFirst()
          .map(Presets::title)
          .orElse(target.id());
    }
    return t("class.where.experiment", target.id());
  }

  /** A swept or locked setting by its table label, e.g. "Spectral radius". */
  static String setting(SettingsTable table, String path) {
    try {
      return SettingText.label(table.get(path));
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  /** A sweep value as a student reads it: whole numbers without ".0". */
  static String value(double v) {
    if (!Double.isFinite(v)) {
      return Numbers.format(v);
    }
    // Four significant digits, no trailing zeros: 0.5, 1, 1.25, as the instructor typed them.
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** The values of a sweep, in the order students get them. */
  static String values(List<Double> values) {
    return String.join(", ", values.stream().map(ClassText::value).toList());
  }

  /** A run's outcome in words: its final loss against chance, or where it diverged. */
  static String outcome(ClassRun run) {
    if (run.diverged()) {
      return t("class.run.diverged", run.divergedAt());
    }
    return run.finalLoss() == null
        ? t("class.run.noLoss")
        : t("class.run.loss", Numbers.format(run.finalLoss()), Numbers.format(run.baseline()));
  }
}
