package gradflow.ui.builder;

import com.vaadin.flow.component.Component;
import gradflow.experiment.Setting;
import gradflow.experiment.Violation;
import java.util.Optional;

/**
 * One control bound to one spec field by its path ({@code "layers[1].hidden"}): it forwards the
 * student's input to the {@link SpecEditor} and shows the editor's value and the problems the
 * validator names for that path.
 */
abstract class FieldControl {
  final SpecEditor editor;
  final String field;
  final Setting setting;

  /** Set while the control shows the model's value, so that doing so does not write it back. */
  private boolean refreshing;

  /** False while a switch this setting depends on is off (see {@link LayerCard#fit}). */
  private boolean switchedOn = true;

  FieldControl(SpecEditor editor, String field) {
    this.editor = editor;
    this.field = field;
    this.setting = editor.table().forField(field).orElseThrow();
  }

  /** What to place in a layout. */
  abstract Component component();

  /** Shows the model's value (a choice id, a number, a switch, or null). */
  abstract void showValue(Object value);

  /** Shows an error (null: none) and a gentle warning (null: none) next to the control. */
  abstract void showProblems(String error, String warning);

  /** True when the control is on screen, so that its problems need no separate mention. */
  boolean isShown() {
    return component().isVisible();
  }

  /** Redraws the control from the editor. */
  final void refresh() {
    refreshing = true;
    try {
      if (!editor.holdsUnusableInput(field)) {
        showValue(editor.get(field));
      }
      boolean fixed = editor.isFixed(field);
      String warning = text(editor.warning(field));
      // Fixed stays visible and says why, so that a student sees the instructor's choice.
      showProblems(
          text(editor.error(field)),
          fixed ? BuilderText.fixed() + (warning == null ? "" : " " + warning) : warning);
      component().getElement().setEnabled(switchedOn && !fixed);
      component().getElement().getClassList().set("gf-fixed", fixed);
    } finally {
      refreshing = false;
    }
  }

  /** Greys the control while what switches it on is off; a fixed control stays disabled. */
  final void switchedOn(boolean on) {
    switchedOn = on;
    component().getElement().setEnabled(on && !editor.isFixed(field));
  }

  /** Passes the student's input on, unless it is the control echoing the model. */
  final void input(Object value) {
    if (!refreshing) {
      editor.set(field, value);
    }
  }

  private String text(Optional<Violation> v) {
    return v.map(x -> BuilderText.inline(x, editor.table())).orElse(null);
  }
}
