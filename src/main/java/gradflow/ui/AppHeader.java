package gradflow.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * The title bar: the product's name, in one line what a student does here, and the switch between
 * one stack and compare mode, which a teacher reaches in one click.
 */
class AppHeader extends Header {

  /** Which page is showing, so that its link is marked current. */
  enum Mode {
    SINGLE,
    COMPARE
  }

  static final String SINGLE_LINK = "One stack";
  static final String COMPARE_LINK = "Compare A and B";
  static final String MODES_LABEL = "Mode";

  AppHeader() {
    this(Mode.SINGLE);
  }

  AppHeader(Mode mode) {
    addClassName("gf-header");
    var title = new H1("GradFlow");
    title.setId("app-title");
    var tagline =
        new Paragraph(
            "Build a network, train it, and watch its gradients fade or explode, layer by layer and step by step.");
    tagline.addClassName("gf-tagline");
    var single = new RouterLink(SINGLE_LINK, PlaygroundView.class);
    single.setId("mode-single");
    var compare = new RouterLink(COMPARE_LINK, CompareView.class);
    compare.setId("mode-compare");
    (mode == Mode.SINGLE ? single : compare).getElement().setAttribute("aria-current", "page");
    var modes = new Nav(single, compare);
    modes.addClassName("gf-modes");
    modes.getElement().setAttribute("aria-label", MODES_LABEL);
    add(title, tagline, modes);
  }
}
