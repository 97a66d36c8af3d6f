package gradflow.ui.builder;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.component.shared.HasValidationProperties;
import gradflow.experiment.Setting;
import gradflow.ui.i18n.SettingText;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the control for a setting from its row in the settings table: a menu for a choice, a
 * number field with the table's range for a number, a checkbox for a switch, and a switch with a
 * number (and a slider, when the row has a slider step) for a number that may be left out. Label,
 * tooltip (with the unit, which a field too narrow for it could not show beside the number), range
 * and choices all come from the table.
 */
final class Inputs {
  private Inputs() {}

  /** The control for a field, chosen by its row's type and presence. */
  static FieldControl control(SpecEditor editor, String field, String id) {
    Setting s = editor.table().forField(field).orElseThrow();
    if (s.presence() == Setting.Presence.OPTIONAL && s.type() == Setting.Type.NUMBER) {
      return new OptionalNumberControl(editor, field, id);
    }
    return switch (s.type()) {
      case CHOICE -> new Single<>(editor, field, select(s, id), v -> (String) v, v -> v);
      case BOOLEAN ->
          new Single<>(editor, field, checkbox(s, id), v -> Boolean.TRUE.equals(v), v -> v);
      case INTEGER -> new Single<>(editor, field, integer(s, id), Inputs::asDouble, v -> v);
      case NUMBER -> new Single<>(editor, field, number(s, id), Inputs::asDouble, v -> v);
      default -> throw new IllegalArgumentException("no control for " + s.type() + " " + field);
    };
  }

  static Select<String> select(Setting s, String id) {
    var select = new Select<String>();
    select.setItems(s.choices());
    select.setItemLabelGenerator(choice -> SettingText.choice(s, choice));
    select.setManualValidation(true);
    return labelled(select, s, id);
  }

  static Checkbox checkbox(Setting s, String id) {
    var c = new Checkbox();
    c.setManualValidation(true);
    return labelled(c, s, id);
  }

  static WholeNumberInput integer(Setting s, String id) {
    var f = new WholeNumberInput();
    f.range(s.min(), s.max());
    f.setStepButtonsVisible(true);
    // The validator alone decides what is wrong; the field's own range check would say it twice.
    f.setManualValidation(true);
    return labelled(f, s, id);
  }

  /** A number field over the table's range, any precision allowed. */
  static DecimalInput number(Setting s, String id) {
    var f = new DecimalInput();
    f.range(s.min(), s.max());
    f.setManualValidation(true);
    return labelled(f, s, id);
  }

  private static Double asDouble(Object v) {
    return v == null ? null : ((Number) v).doubleValue();
  }

  /** Label and tooltip from the table. */
  static <C extends Component & HasTooltip & HasLabel> C labelled(C c, Setting s, String id) {
    c.setId(id);
    c.setLabel(SettingText.label(s));
    c.setTooltipText(SettingText.helpWithUnit(s));
    c.addClassName("gf-field");
    return c;
  }

  /** A control over one Vaadin field, converting between the field's value and the model's. */
  static final class Single<V> extends FieldControl {
    private final AbstractField<?, V> input;
    private final Function<Object, V> toInput;

    Single(
        SpecEditor editor,
        String field,
        AbstractField<?, V> input,
        Function<Object, V> toInput,
        Function<V, Object> toModel) {
      super(editor, field);
      this.input = input;
      this.toInput = toInput;
      input.addValueChangeListener(e -> input(toModel.apply(e.getValue())));
    }

    AbstractField<?, V> input() {
      return input;
    }

    @Override
    Component component() {
      return input;
    }

    @Override
    void showValue(Object value) {
      V shown = toInput.apply(value);
      if (!Objects.equals(input.getValue(), shown)) {
        input.setValue(shown);
      }
    }

    @Override
    void showProblems(String error, String warning) {
      if (input instanceof HasValidationProperties v) {
        v.setErrorMessage(error);
        v.setInvalid(error != null);
      }
      if (input instanceof HasHelper h) {
        h.setHelperText(warning);
        input.getElement().getClassList().set("gf-warned", warning != null);
      }
    }
  }
}
