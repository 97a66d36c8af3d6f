package gradflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;

/**
 * Where the student builds the stack: a lesson to start from, layers, connections, initialisation.
 */
public class StackBuilderRegion extends Region {
  /** The link to compare mode is any component, so that a test can build the region alone. */
  StackBuilderRegion(SpecForm form, Component compareLink) {
    this(form, form.lessons(), compareLink);
  }

  /**
   * The region with other components on top instead of the lesson menu, e.g. on a class page, where
   * the instructor chooses the lesson.
   */
  public StackBuilderRegion(SpecForm form, Component... top) {
    super("stack-builder", I18n.t("region.build"));
    var joins = new Div(form.control("connection"), form.control("init.scheme"));
    joins.addClassName("gf-fields");
    joins.addClassName("gf-fields-2");
    add(top);
    add(form.diagram(), form.layers(), joins, form.control("init.spectralRadius"));
  }
}
