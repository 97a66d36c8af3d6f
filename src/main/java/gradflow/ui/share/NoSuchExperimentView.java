package gradflow.ui.share;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import gradflow.ui.AppHeader;
import gradflow.ui.i18n.I18n;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a share link that names nothing shows: HTTP 404, in the page's language, with the way back
 * to the playground, never an empty playground that pretends the link worked.
 */
public class NoSuchExperimentView extends Div
    implements HasErrorParameter<NoSuchExperiment>, HasDynamicTitle {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchExperiment> parameter) {
    removeAll();
    addClassName("gf-page");
    var heading = new H1(I18n.t("share.notFound.heading"));
    var text = new Paragraph(I18n.t("share.notFound.text"));
    text.setId("not-found");
    var back = new Anchor("/", I18n.t("share.notFound.back"));
    var main = new Main(heading, text, back);
    main.addClassName("gf-shared");
    add(new AppHeader(), main);
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return I18n.t("share.notFound.heading");
  }
}
