package gradflow.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A titled region of the playground, labelled for screen readers by its heading. */
abstract class Region extends Section {

  Region(String id, String title) {
    setId(id);
    addClassName("gf-region");
    var heading = new H2(title);
    heading.setId(id + "-title");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    add(heading);
  }
}
