package gradflow.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import gradflow.experiment.LayerSpec;
import java.util.List;

/**
 * One row of the layer list, bound to {@code layers[index]}: its cell, width and the options its
 * cell uses (the activation, or the LSTM's forget gate and bias), and buttons to move or remove it.
 * The controls of every cell exist; those the current cell ignores are hidden.
 */
final class LayerCard extends Div {
  private final int index;
  private final SpecEditor editor;
  private final Span title = new Span();
  private final FieldControl cell;
  private final FieldControl hidden;
  private final FieldControl activation;
  private final FieldControl forgetGate;
  private final FieldControl forgetBias;

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
    cell = Inputs.control(editor, f + "cell", id + "cell");
    hidden = Inputs.control(editor, f + "hidden", id + "hidden");
    activation = Inputs.control(editor, f + "activation", id + "activation");
    forgetGate = Inputs.control(editor, f + "forgetGate", id + "forget-gate");
    forgetBias = Inputs.control(editor, f + "forgetBias", id + "forget-bias");
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
    var fields =
        new Div(
            cell.component(),
            hidden.component(),
            activation.component(),
            forgetGate.component(),
            forgetBias.component());
    fields.addClassName("gf-layer-fields");
    add(head, fields);
  }

  List<FieldControl> controls() {
    return List.of(cell, hidden, activation, forgetGate, forgetBias);
  }

  /** Shows the options of the layer's cell and enables the moves that make sense here. */
  void fit() {
    LayerSpec layer = editor.layers().get(index);
    String c = layer.cell().id();
    activation.component().setVisible(activation.setting.appliesTo(c));
    forgetGate.component().setVisible(forgetGate.setting.appliesTo(c));
    forgetBias.component().setVisible(forgetBias.setting.appliesTo(c));
    // The bias of a missing forget gate means nothing: shown greyed, so the gate's effect is clear.
    forgetBias.component().getElement().setEnabled(Boolean.TRUE.equals(layer.forgetGate()));
    int count = editor.layers().size();
    towardsInput.setEnabled(index > 0);
    towardsOutput.setEnabled(index < count - 1);
    remove.setEnabled(editor.canRemoveLayer());
    getElement().setAttribute("data-cell", c);
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
