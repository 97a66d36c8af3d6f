package gradflow.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/**
 * A titled region of a page (the playground's, a class page's boxes), labelled for screen readers
 * by its heading, whose id is {@code id + "-title"}.
 */
public abstract class Region extends Section {

  protected Region(String id, String title) {
    setId(id);
    addClassName("gf-region");
    var heading = new H2(title);
    heading.setId(id + "-title");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    add(heading);
  }
}
