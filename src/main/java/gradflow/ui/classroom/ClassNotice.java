package gradflow.ui.classroom;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A page-sized answer instead of a class: a wrong, expired or ended code, or class mode off. It
 * says what happened and what to do, and offers the way to the playground, so that a student is
 * never left on an empty page.
 */
final class ClassNotice extends Div {
  ClassNotice(String id, String heading, String text) {
    setId(id);
    addClassName("gf-class-notice");
    var message = new Paragraph(text);
    message.setId(id + "-text");
    message.getElement().setAttribute("role", "status");
    var back = new Anchor("/", ClassText.t("class.backToPlayground"));
    add(new H1(heading), message, back);
  }
}
