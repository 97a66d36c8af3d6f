package gradflow.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.i18n.I18n;
import gradflow.ui.i18n.LanguageSwitch;

/** The title bar: the product's name, in one line what a student does here, and the language. */
class AppHeader extends Header {

  AppHeader() {
    addClassName("gf-header");
    var title = new H1("GradFlow");
    title.setId("app-title");
    var tagline = new Paragraph(I18n.t("header.tagline"));
    tagline.addClassName("gf-tagline");
    add(title, tagline, new LanguageSwitch());
  }
}
