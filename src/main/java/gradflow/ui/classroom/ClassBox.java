package gradflow.ui.classroom;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * A titled box of a class page (leading, the sweep, the numbers, the plot, the gallery): a section
 * that screen readers name by its heading, as the playground's regions are.
 */
abstract class ClassBox extends Section {

  /** Adds the heading; {@code id + "-heading"} names the box. */
  ClassBox(String id, String heading) {
    setId(id);
    addClassName("gf-class-box");
    var title = new H2(heading);
    title.setId(id + "-heading");
    getElement().setAttribute("aria-labelledby", id + "-heading");
    add(title);
  }

  /** A line for a refusal, read out when it appears; hidden until there is one. */
  static Paragraph problemLine(String id) {
    var problem = new Paragraph();
    problem.setId(id);
    problem.addClassName("gf-error");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    return problem;
  }
}
