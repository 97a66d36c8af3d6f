package gradflow.ui.compare;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import gradflow.ui.builder.Comparison;
import gradflow.ui.builder.Presets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The comparison lessons and the explanation of the one loaded, which speaks of A and B. */
final class CompareLessonPicker extends Div {
  private final List<Comparison> comparisons;
  private final Select<Comparison> menu = new Select<>();
  private final Paragraph explanation = new Paragraph(CompareText.intro());

  /** Set while the menu shows a choice made before, so that it does not load that lesson again. */
  private boolean quiet;

  CompareLessonPicker(
      List<Comparison> comparisons,
      Consumer<Comparison> load,
      Consumer<Optional<Comparison>> opened) {
    this.comparisons = comparisons;
    setId("comparisons");
    addClassName("gf-lessons");
    menu.setId("comparison");
    menu.setLabel(CompareText.lessonLabel());
    menu.setPlaceholder(CompareText.lessonPlaceholder());
    menu.setItems(comparisons);
    menu.setItemLabelGenerator(c -> Presets.title(c.lesson()));
    menu.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            if (!quiet) {
              load.accept(e.getValue());
            }
            explanation.setText(Presets.explanation(e.getValue()));
          }
          opened.accept(Optional.ofNullable(e.getValue()));
        });
    explanation.setId("comparison-explanation");
    explanation.addClassName("gf-explanation");
    explanation.getElement().setAttribute("aria-live", "polite");
    add(menu, explanation);
  }

  void select(String id) {
    comparisons.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(menu::setValue);
  }

  /**
   * Shows a comparison as the one chosen, with its explanation, without loading its specs: the page
   * was rebuilt (in another language) around specs the student may have changed since.
   */
  void showChosen(String id) {
    quiet = true;
    try {
      select(id);
    } finally {
      quiet = false;
    }
  }
}
