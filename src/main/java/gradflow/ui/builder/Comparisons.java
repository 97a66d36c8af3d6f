package gradflow.ui.builder;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Specs;
import gradflow.ui.live.HeatmapView;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons that compare two variants, read from the same folder as {@link Presets}: the ids
 * under {@code compare} in {@code lessons.properties}, each with a {@code <id>.b.json} and, where A
 * is not the lesson's own spec, a {@code <id>.a.json}. Data, not code, so that a teacher can add
 * one.
 */
public final class Comparisons {

  private Comparisons() {}

  public static List<Comparison> load(Specs specs) {
    var text = Presets.properties();
    var lessons = Presets.load(specs);
    var found = new ArrayList<Comparison>();
    for (String raw : text.getProperty("compare", "").split(",")) {
      String id = raw.strip();
      if (id.isEmpty()) {
        continue;
      }
      Preset lesson =
          lessons.stream()
              .filter(p -> p.id().equals(id))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no lesson " + id + " to compare"));
      ExperimentSpec a =
          optional(id + ".a.json").map(json -> read(specs, id, json)).orElse(lesson.spec());
      ExperimentSpec b = read(specs, id, Presets.resource(id + ".b.json"));
      found.add(
          new Comparison(
              lesson,
              text.getProperty(id + ".compare.text", lesson.explanation()),
              a,
              b,
              text.getProperty(id + ".compare.view") == null
                  ? lesson.view()
                  : HeatmapView.parse(text.getProperty(id + ".compare.view"))));
    }
    return List.copyOf(found);
  }

  public static Optional<Comparison> find(List<Comparison> comparisons, String id) {
    return comparisons.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static ExperimentSpec read(Specs specs, String id, String json) {
    var read = specs.read(json);
    if (read.spec() == null) {
      throw new IllegalStateException("comparison " + id + " cannot be read: " + read.errors());
    }
    return read.spec();
  }

  private static Optional<String> optional(String name) {
    try (InputStream in =
        Presets.class.getClassLoader().getResourceAsStream(Presets.FOLDER + name)) {
      return in == null ? Optional.empty() : Optional.of(Presets.resource(name));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
