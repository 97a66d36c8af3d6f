package gradflow.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.Classroom;
import gradflow.classroom.Sweep;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.ui.i18n.RefusalText;
import java.util.List;

/**
 * The class as one experiment: a numeric setting, a range and a count; each joining student gets
 * the next value. The values are listed as they will be handed out, so that the instructor sees
 * what "from 0.5 to 1.5, 5 values" means before the room trains it.
 */
final class SweepSetup extends ClassBox {
  /** Sets the sweep: path, from, to, count. */
  interface Planner {
    void plan(String path, double from, double to, int count);
  }

  private final SettingsTable table;
  private final Select<String> setting = new Select<>();
  private final NumberField from = new NumberField(ClassText.t("teach.sweep.from"));
  private final NumberField to = new NumberField(ClassText.t("teach.sweep.to"));
  private final IntegerField count = new IntegerField(ClassText.t("teach.sweep.count"));
  private final Paragraph values = new Paragraph();
  private final Paragraph problem = problemLine("sweep-problem");

  SweepSetup(SettingsTable table, Planner planner, Runnable clear) {
    super("sweep-setup", ClassText.t("teach.sweep.heading"));
    this.table = table;
    var intro = new Paragraph(ClassText.t("teach.sweep.intro"));
    intro.addClassName("gf-caption");
    setting.setId("sweep-setting");
    setting.setLabel(ClassText.t("teach.sweep.setting"));
    setting.setItemLabelGenerator(path -> ClassText.setting(table, path));
    from.setId("sweep-from");
    to.setId("sweep-to");
    count.setId("sweep-count");
    count.setMin(Sweep.MIN_COUNT);
    count.setMax(Sweep.MAX_COUNT);
    count.setStepButtonsVisible(true);
    var set = new Button(ClassText.t("teach.sweep.set"));
    set.setId("set-sweep");
    set.addClickListener(
        e -> {
          if (setting.getValue() == null
              || from.getValue() == null
              || to.getValue() == null
              || count.getValue() == null) {
            fail(ClassText.t("teach.sweep.incomplete"));
            return;
          }
          try {
            planner.plan(setting.getValue(), from.getValue(), to.getValue(), count.getValue());
            problem.setVisible(false);
          } catch (ClassRefusedException refused) {
            fail(RefusalText.of(refused));
          }
        });
    var stop = new Button(ClassText.t("teach.sweep.clear"));
    stop.setId("clear-sweep");
    stop.addClickListener(e -> clear.run());
    var row = new Div(setting, from, to, count);
    row.addClassName("gf-class-row");
    var buttons = new Div(set, stop);
    buttons.addClassName("gf-class-row");
    values.setId("sweep-values");
    values.getElement().setAttribute("aria-live", "polite");
    add(intro, row, buttons, problem, values);
  }

  /** Shows the class's sweep (or none) and the settings of its spec that can be swept. */
  void show(Classroom c, ExperimentSpec spec) {
    List<String> numeric =
        LeadPanel.lockable(table, spec).stream().filter(this::sweepable).toList();
    setting.setItems(numeric);
    Sweep sweep = c.sweep();
    if (sweep == null) {
      values.setText(ClassText.t("teach.sweep.none"));
      if (setting.getValue() == null && numeric.contains(SweepPoints.SPECTRAL_RADIUS)) {
        setting.setValue(SweepPoints.SPECTRAL_RADIUS);
      }
      return;
    }
    setting.setValue(sweep.path());
    from.setValue(sweep.from());
    to.setValue(sweep.to());
    count.setValue(sweep.count());
    values.setText(
        ClassText.t(
            "teach.sweep.values",
            ClassText.setting(table, sweep.path()),
            ClassText.values(sweep.values())));
  }

  private boolean sweepable(String path) {
    if (Sweep.DEPTH.equals(path)) {
      return true;
    }
    Setting.Type type = table.get(path).type();
    return type == Setting.Type.NUMBER || type == Setting.Type.INTEGER;
  }

  private void fail(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }
}
