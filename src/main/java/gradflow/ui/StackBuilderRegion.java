package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;

/**
 * Where the student builds the stack: a lesson to start from, layers, connections, initialisation.
 */
class StackBuilderRegion extends Region {
  StackBuilderRegion(SpecForm form, CompareLink compareLink) {
    super("stack-builder", I18n.t("region.build"));
    var joins = new Div(form.control("connection"), form.control("init.scheme"));
    joins.addClassName("gf-fields");
    joins.addClassName("gf-fields-2");
    add(form.lessons(), compareLink, form.diagram(), form.layers(), joins, form.spectralRadius());
  }
}
