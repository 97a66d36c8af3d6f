package gradflow.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import gradflow.engine.CellKind;
import gradflow.experiment.Setting;
import gradflow.ui.explain.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the layer list, bound to {@code layers[index]}: a control for every layer setting of
 * the settings table, in its order, and buttons to move or remove the layer. The controls of every
 * cell exist; those the current cell does not use (the table's {@code cells}) are hidden, and those
 * whose switch is off (its {@code onlyWhen}) are greyed.
 */
final class LayerCard extends Div {
  private final int index;
  private final SpecEditor editor;
  private final Span title = new Span();
  private final List<FieldControl> controls = new ArrayList<>();
  private final Explanation math;

  /** The list shows the input side first, so "towards the input" is an arrow up. */
  final Button towardsInput;

  final Button towardsOutput;
  final Button remove;

  /**
   * Moves a layer from one index to another; the list does it, to keep focus on the moved layer.
   */
  interface Mover {
    void move(int from, int to);
  }

  LayerCard(SpecEditor editor, int index, Mover mover) {
    this.editor = editor;
    this.index = index;
    String f = "layers[" + index + "].";
    String id = "layer-" + index + "-";
    setId("layer-" + index);
    addClassName("gf-layer");
    for (Setting s : editor.table().children("layers[]")) {
      controls.add(Inputs.control(editor, f + s.name(), id + SpecForm.domId(s.name())));
    }
    title.setText(BuilderText.layerTitle(index));
    title.addClassName("gf-layer-title");
    towardsInput = icon(VaadinIcon.ARROW_UP, BuilderText.moveTowardsInput(index), id + "to-input");
    towardsOutput =
        icon(VaadinIcon.ARROW_DOWN, BuilderText.moveTowardsOutput(index), id + "to-output");
    remove = icon(VaadinIcon.CLOSE_SMALL, BuilderText.remove(index), id + "remove");
    towardsInput.addClickListener(e -> mover.move(index, index - 1));
    towardsOutput.addClickListener(e -> mover.move(index, index + 1));
    remove.addClickListener(e -> editor.removeLayer(index));
    var head = new Div(title, towardsInput, towardsOutput, remove);
    head.addClassName("gf-layer-head");
    var fields = new Div();
    controls.forEach(c -> fields.add(c.component()));
    fields.addClassName("gf-layer-fields");
    math = Explanation.ofCell(id);
    add(head, fields, math);
  }

  List<FieldControl> controls() {
    return List.copyOf(controls);
  }

  /** Shows the options of the layer's cell and enables the moves that make sense here. */
  void fit() {
    String f = "layers[" + index + "].";
    String c = editor.layers().get(index).cell().id();
    for (FieldControl control : controls) {
      Setting s = control.setting;
      control.component().setVisible(s.appliesTo(c));
      // What a switch turns on means nothing while it is off: shown greyed, so its effect is clear.
      boolean switchedOn =
          s.onlyWhen() == null || Boolean.TRUE.equals(editor.get(f + s.onlyWhen()));
      control.switchedOn(switchedOn);
    }
    int count = editor.layers().size();
    boolean movable = !editor.isFixed("layers");
    towardsInput.setEnabled(movable && index > 0);
    towardsOutput.setEnabled(movable && index < count - 1);
    remove.setEnabled(editor.canRemoveLayer());
    getElement().setAttribute("data-cell", c);
    math.showCell(CellKind.parse(c));
  }

  private static Button icon(VaadinIcon icon, String label, String id) {
    var b = new Button(icon.create());
    b.setId(id);
    b.setAriaLabel(label);
    b.setTooltipText(label);
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    return b;
  }
}
