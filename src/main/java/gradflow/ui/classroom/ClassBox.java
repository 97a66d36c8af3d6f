package gradflow.ui.classroom;

import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.Region;

/**
 * A titled box of a class page (leading, the sweep, the numbers, the plot, the gallery): a region
 * like the playground's, with a smaller heading and a line for refusals.
 */
abstract class ClassBox extends Region {

  ClassBox(String id, String heading) {
    super(id, heading);
    addClassName("gf-class-box");
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
