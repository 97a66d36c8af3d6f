package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import gradflow.ui.builder.SpecForm;

/**
 * Where the student builds the stack: a lesson to start from, layers, connections, initialisation.
 */
class StackBuilderRegion extends Region {
  StackBuilderRegion(SpecForm form, CompareLink compareLink) {
    super("stack-builder", "1. Build a stack");
    var joins = new Div(form.control("connection"), form.control("init.scheme"));
    joins.addClassName("gf-fields");
    joins.addClassName("gf-fields-2");
    add(form.lessons(), compareLink, form.diagram(), form.layers(), joins, form.spectralRadius());
  }
}
