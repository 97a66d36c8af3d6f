package gradflow.ui.compare;

import com.vaadin.flow.dom.Element;

/**
 * Gives one side's form ids of its own. Both sides are built by the same {@code SpecForm}, whose
 * ids ("training-steps", "layer-0-cell", …) are unique on the single-stack page but would appear
 * twice here; an id must name one element for labels, tests and assistive technology.
 */
final class IdScope {
  private IdScope() {}

  /** Prefixes every id under {@code root} (and the ids it points to) once; safe to call again. */
  static void prefix(Element root, String prefix) {
    visit(root, prefix);
  }

  private static void visit(Element element, String prefix) {
    scoped(element, "id", prefix);
    scoped(element, "aria-labelledby", prefix);
    element.getChildren().forEach(child -> visit(child, prefix));
  }

  private static void scoped(Element element, String attribute, String prefix) {
    String value = element.getAttribute(attribute);
    if (value != null && !value.isEmpty() && !value.startsWith(prefix)) {
      element.setAttribute(attribute, prefix + value);
    }
  }
}
