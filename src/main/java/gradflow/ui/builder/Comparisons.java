package gradflow.ui.builder;

import gradflow.experiment.Lessons;
import gradflow.experiment.Specs;
import gradflow.ui.live.HeatmapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons that compare two variants, as compare mode shows them: the catalogue's variants
 * ({@link Lessons#comparisons()}: the ids under {@code compare} in {@code lessons.properties}, each
 * with a {@code <id>.b.json} and, where A is not the lesson's own spec, a {@code <id>.a.json}) with
 * their compare-mode paragraph and view. Data, not code, so that a teacher can add one.
 */
public final class Comparisons {

  private Comparisons() {}

  public static List<Comparison> load(Specs specs) {
    var text = Presets.properties();
    // One reading of the catalogue serves the lessons and their comparisons.
    Lessons catalogue = Lessons.load(specs);
    var lessons = Presets.of(catalogue);
    var found = new ArrayList<Comparison>();
    for (Lessons.Variants variants : catalogue.comparisons()) {
      String id = variants.id();
      Preset lesson = lessons.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
      found.add(
          new Comparison(
              lesson,
              text.getProperty(id + ".compare.text", lesson.explanation()),
              variants.a(),
              variants.b(),
              text.getProperty(id + ".compare.view") == null
                  ? lesson.view()
                  : HeatmapView.parse(text.getProperty(id + ".compare.view"))));
    }
    return List.copyOf(found);
  }

  public static Optional<Comparison> find(List<Comparison> comparisons, String id) {
    return comparisons.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
