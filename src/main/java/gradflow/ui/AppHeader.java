package gradflow.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The title bar: the product's name and, in one line, what a student does here. */
class AppHeader extends Header {

  AppHeader() {
    addClassName("gf-header");
    var title = new H1("GradFlow");
    title.setId("app-title");
    var tagline =
        new Paragraph(
            "Build a network, train it, and watch its gradients fade or explode, layer by layer and step by step.");
    tagline.addClassName("gf-tagline");
    add(title, tagline);
  }
}
