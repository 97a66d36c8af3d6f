package gradflow.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The layers, one {@link LayerCard} per layer from the input up, and a button to add one. Cards are
 * bound to positions, not to layers: a move only changes what the cards show, and cards are added
 * or dropped at the end when the count changes, so focus is not lost while editing.
 */
final class LayerList extends Div {
  private final SpecEditor editor;
  private final Div cards = new Div();
  private final Button add = new Button(BuilderText.addLayer(), VaadinIcon.PLUS.create());
  private final Span limit = new Span();
  private final List<LayerCard> shown = new ArrayList<>();
  private final Consumer<List<FieldControl>> registered;
  private final Consumer<List<FieldControl>> unregistered;

  LayerList(
      SpecEditor editor,
      Consumer<List<FieldControl>> registered,
      Consumer<List<FieldControl>> unregistered) {
    this.editor = editor;
    this.registered = registered;
    this.unregistered = unregistered;
    setId("layers");
    addClassName("gf-layers");
    var heading = new H3(BuilderText.layersHeading());
    heading.setId("layers-heading");
    cards.setId("layer-cards");
    cards.addClassName("gf-layer-cards");
    cards.getElement().setAttribute("role", "list");
    cards.getElement().setAttribute("aria-labelledby", "layers-heading");
    add.setId("add-layer");
    add.addClickListener(e -> editor.addLayer());
    // A greyed-out button alone leaves a student guessing; the reason stands beside it.
    limit.setId("add-layer-limit");
    limit.addClassName("gf-caption");
    limit.setText(BuilderText.layerLimit(editor.table().get("layers").max().intValue()));
    add.getElement().setAttribute("aria-describedby", "add-layer-limit");
    var adding = new Div(add, limit);
    adding.addClassName("gf-add-layer");
    add(heading, cards, adding);
  }

  Button addButton() {
    return add;
  }

  List<LayerCard> cards() {
    return List.copyOf(shown);
  }

  /** Matches the cards to the layer count and fits each to its layer's cell. */
  void sync() {
    int count = editor.layers().size();
    while (shown.size() > count) {
      LayerCard last = shown.removeLast();
      cards.remove(last);
      unregistered.accept(last.controls());
    }
    while (shown.size() < count) {
      var card = new LayerCard(editor, shown.size(), this::move);
      card.getElement().setAttribute("role", "listitem");
      shown.add(card);
      cards.add(card);
      registered.accept(card.controls());
    }
    shown.forEach(LayerCard::fit);
    add.setEnabled(editor.canAddLayer());
    // Fixed layers are the instructor's choice, not the table's limit, and the note says so.
    limit.setText(
        editor.isFixed("layers")
            ? BuilderText.fixed()
            : BuilderText.layerLimit(editor.table().get("layers").max().intValue()));
    limit.setVisible(!editor.canAddLayer());
  }

  private void move(int from, int to) {
    editor.moveLayer(from, to);
    // Keep the keyboard on the layer that moved, so that pressing again moves it further.
    LayerCard moved = shown.get(to);
    // At the end of the list the way back is the safe place for focus, never "remove".
    var onward = to < from ? moved.towardsInput : moved.towardsOutput;
    var back = to < from ? moved.towardsOutput : moved.towardsInput;
    (onward.isEnabled() ? onward : back).focus();
  }
}
