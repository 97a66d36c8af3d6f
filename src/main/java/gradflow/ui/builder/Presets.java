package gradflow.ui.builder;

import gradflow.experiment.Lessons;
import gradflow.experiment.Specs;
import gradflow.ui.i18n.I18n;
import gradflow.ui.live.HeatmapView;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The lessons as the UI shows them: the catalogue's specs ({@link Lessons}, which the API and class
 * mode resolve lesson ids with too) and their titles, explanations and heatmap views from {@code
 * lessons.properties}. A preset obeys the same table as a share link; one that breaks an
 * instructor's tighter limits still loads and shows its problems next to the fields.
 */
public final class Presets {
  private Presets() {}

  public static List<Preset> load(Specs specs) {
    return of(Lessons.load(specs));
  }

  /** The catalogue's lessons with their words. */
  static List<Preset> of(Lessons catalogue) {
    Properties text = properties();
    List<Preset> lessons = new ArrayList<>();
    for (Lessons.Lesson lesson : catalogue.all()) {
      String id = lesson.id();
      lessons.add(
          new Preset(
              id,
              text.getProperty(id + ".title"),
              text.getProperty(id + ".text"),
              lesson.spec(),
              HeatmapView.parse(text.getProperty(id + ".view"))));
    }
    return List.copyOf(lessons);
  }

  /** A lesson's menu entry in the current UI's language ({@code lessons_<lang>.properties}). */
  public static String title(Preset lesson) {
    return translated(lesson.id() + ".title", lesson.title());
  }

  /** A comparison's paragraph for compare mode, which speaks of A and B, in the UI's language. */
  public static String explanation(Comparison comparison) {
    return translated(comparison.id() + ".compare.text", comparison.explanation());
  }

  /** A lesson's paragraph in the current UI's language. */
  public static String explanation(Preset lesson) {
    return translated(lesson.id() + ".text", lesson.explanation());
  }

  private static String translated(String key, String english) {
    try {
      return I18n.bundle("gradflow.presets.lessons", I18n.current()).getString(key);
    } catch (MissingResourceException e) {
      return english;
    }
  }

  static Properties properties() {
    return Lessons.properties();
  }
}
