package gradflow.ui.builder;

import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import gradflow.ui.i18n.I18n;
import gradflow.ui.live.HeatmapView;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The lessons, read from {@code gradflow/presets/}: one JSON spec per lesson and their titles and
 * explanations in {@code lessons.properties}. Specs go through {@link Specs#read}, the same reader
 * as share links, so a preset obeys the same table; one that breaks an instructor's tighter limits
 * still loads and shows its problems next to the fields.
 */
public final class Presets {
  static final String FOLDER = "gradflow/presets/";

  private Presets() {}

  public static List<Preset> load(Specs specs) {
    Properties text = properties();
    List<Preset> lessons = new ArrayList<>();
    for (String id : text.getProperty("order").split(",")) {
      SpecResult read = specs.read(resource(id.strip() + ".json"));
      if (read.spec() == null) {
        throw new IllegalStateException("lesson " + id + " cannot be read: " + read.errors());
      }
      lessons.add(
          new Preset(
              id.strip(),
              text.getProperty(id.strip() + ".title"),
              text.getProperty(id.strip() + ".text"),
              read.spec(),
              HeatmapView.parse(text.getProperty(id.strip() + ".view"))));
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
  static String explanation(Preset lesson) {
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
    var p = new Properties();
    try (InputStream in = open("lessons.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String name) throws IOException {
    InputStream in = Presets.class.getClassLoader().getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IOException("missing resource " + FOLDER + name);
    }
    return in;
  }
}
