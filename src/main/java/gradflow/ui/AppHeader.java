package gradflow.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import gradflow.ui.i18n.I18n;
import gradflow.ui.i18n.LanguageSwitch;

/**
 * The title bar: the product's name, in one line what a student does here, the switch between one
 * stack and compare mode, which a teacher reaches in one click, and the language.
 */
public class AppHeader extends Header {

  /** Which page is showing, so that its link is marked current. */
  enum Mode {
    SINGLE,
    COMPARE
  }

  public AppHeader() {
    this(Mode.SINGLE);
  }

  AppHeader(Mode mode) {
    addClassName("gf-header");
    var title = new H1("GradFlow");
    title.setId("app-title");
    var tagline = new Paragraph(I18n.t("header.tagline"));
    tagline.addClassName("gf-tagline");
    var single = new RouterLink(I18n.t("header.mode.single"), PlaygroundView.class);
    single.setId("mode-single");
    var compare = new RouterLink(I18n.t("header.mode.compare"), CompareView.class);
    compare.setId("mode-compare");
    (mode == Mode.SINGLE ? single : compare).getElement().setAttribute("aria-current", "page");
    var modes = new Nav(single, compare);
    modes.addClassName("gf-modes");
    modes.getElement().setAttribute("aria-label", I18n.t("header.mode.label"));
    add(title, tagline, modes, new LanguageSwitch());
  }
}
