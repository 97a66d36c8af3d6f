package gradflow.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell shared by every view. Server push is on because training runs stream their probes
 * to the page as they are taken; Lumo is loaded explicitly because Vaadin 25 has no default theme.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://gradflow.css")
@StyleSheet("context://gradflow-compare.css")
@StyleSheet("context://gradflow-narrow.css")
@StyleSheet("context://gradflow-class.css")
@Meta(name = "description", content = "See why deep and recurrent networks stop learning.")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("GradFlow");
    settings.addLink("icon", "icons/gradflow.svg");
  }
}
