package gradflow.ui.builder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import gradflow.ui.explain.Explanation;
import java.util.List;

/** A menu of the lessons and the explanation of the one loaded. */
final class LessonPicker extends Div {
  private final SpecEditor editor;
  private final Select<Preset> menu = new Select<>();
  private final Paragraph explanation = new Paragraph();
  private final Explanation math = Explanation.ofLessons();
  private boolean refreshing;

  LessonPicker(SpecEditor editor, List<Preset> lessons) {
    this.editor = editor;
    setId("lessons");
    addClassName("gf-lessons");
    menu.setId("lesson");
    menu.setLabel(BuilderText.LESSON_LABEL);
    menu.setPlaceholder(BuilderText.LESSON_PLACEHOLDER);
    menu.setItems(lessons);
    menu.setItemLabelGenerator(Preset::title);
    menu.addValueChangeListener(
        e -> {
          if (!refreshing && e.getValue() != null) {
            editor.loadPreset(e.getValue());
          }
        });
    explanation.setId("lesson-explanation");
    explanation.addClassName("gf-explanation");
    explanation.getElement().setAttribute("aria-live", "polite");
    add(menu, explanation, math);
  }

  Select<Preset> menu() {
    return menu;
  }

  void refresh() {
    refreshing = true;
    try {
      Preset lesson = editor.preset().orElse(null);
      menu.setValue(lesson);
      // Without a lesson the menu's placeholder says enough; the space goes to the stack.
      explanation.setText(lesson == null ? "" : lesson.explanation());
      explanation.setVisible(lesson != null);
      math.showLesson(lesson == null ? null : lesson.id());
    } finally {
      refreshing = false;
    }
  }
}
