package gradflow.ui.builder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.slider.DecimalSlider;
import gradflow.experiment.Setting;
import gradflow.ui.i18n.SettingText;

/**
 * A setting that may be switched off by leaving it out (clipping, the spectral radius): a checkbox
 * that switches it on, a number field with the table's range, and a slider over the same range when
 * the table gives the row a slider step. Switched on, it starts from {@link
 * SpecEditor#switchOnValue}.
 */
final class OptionalNumberControl extends FieldControl {
  private final Div box = new Div();
  private final Checkbox on;
  private final DecimalInput number;
  private final DecimalSlider slider;
  private final Span note = new Span();

  OptionalNumberControl(SpecEditor editor, String field, String id) {
    super(editor, field);
    Setting s = setting;
    Double sliderStep = s.sliderStep();
    on = new Checkbox(SettingText.switchLabel(s));
    on.setId(id + "-on");
    on.setTooltipText(SettingText.helpWithUnit(s));
    number = Inputs.number(s, id);
    // The switch beside it names it on screen; the table's label stays its accessible name.
    number.setLabel(null);
    number.setAriaLabel(SettingText.label(s));
    box.addClassName("gf-optional");
    box.add(on);
    if (sliderStep != null) {
      slider = new DecimalSlider(s.min().doubleValue(), s.max().doubleValue());
      slider.setId(id + "-slider");
      slider.setStep(sliderStep);
      slider.setAriaLabel(SettingText.label(s));
      slider.setTooltipText(SettingText.helpWithUnit(s));
      slider.addClassName("gf-slider");
      box.addClassName("gf-optional-slider");
      slider.addValueChangeListener(e -> input(e.getValue()));
      box.add(slider);
    } else {
      slider = null;
    }
    note.addClassName("gf-note");
    note.setVisible(false);
    box.add(number, note);
    on.addValueChangeListener(e -> input(e.getValue() ? editor.switchOnValue(field) : null));
    number.addValueChangeListener(e -> input(e.getValue()));
  }

  Checkbox switchBox() {
    return on;
  }

  DecimalInput number() {
    return number;
  }

  DecimalSlider slider() {
    return slider;
  }

  @Override
  Component component() {
    return box;
  }

  @Override
  void showValue(Object value) {
    boolean isOn = value != null;
    on.setValue(isOn);
    number.setEnabled(isOn);
    if (isOn) {
      number.setValue(((Number) value).doubleValue());
    }
    if (slider != null) {
      slider.setEnabled(isOn);
      if (isOn) {
        double v = ((Number) value).doubleValue();
        // A typed value may lie outside the range (the field then shows why); the slider stays put.
        if (v >= slider.getMin() && v <= slider.getMax()) {
          slider.setValue(v);
        }
      }
    }
  }

  @Override
  void showProblems(String error, String warning) {
    number.setErrorMessage(error);
    number.setInvalid(error != null);
    // The number column is narrow: a note goes under the whole row.
    note.setText(warning == null ? "" : warning);
    note.setVisible(warning != null);
  }
}
