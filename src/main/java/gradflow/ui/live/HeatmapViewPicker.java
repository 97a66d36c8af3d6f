package gradflow.ui.live;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import gradflow.engine.Probe;
import gradflow.ui.i18n.I18n;
import java.util.function.Consumer;

/**
 * "Show: latest step / step 0 / largest gradient" and "relative to the last step", above a gradient
 * heatmap. A lesson sets its own choice when it loads; the student may change it at any moment,
 * even after the run has ended, and the charts redraw from the probes the run kept.
 */
public final class HeatmapViewPicker extends Div {

  private final RadioButtonGroup<HeatmapView.Shown> shown = new RadioButtonGroup<>();
  private final Checkbox relative = new Checkbox(I18n.t("chart.view.relative"));
  private boolean quiet;

  public HeatmapViewPicker(String id, Consumer<HeatmapView> changed) {
    setId(id);
    addClassName("gf-view-picker");
    shown.setId(id + "-shown");
    shown.setLabel(I18n.t("chart.view.label"));
    shown.setItems(HeatmapView.Shown.values());
    shown.setItemLabelGenerator(s -> I18n.t("chart.view." + s.id()));
    relative.setId(id + "-relative");
    set(HeatmapView.LATEST);
    shown.addValueChangeListener(
        e -> {
          if (!quiet && e.getValue() != null) {
            changed.accept(value());
          }
        });
    relative.addValueChangeListener(
        e -> {
          if (!quiet) {
            changed.accept(value());
          }
        });
    add(shown, relative);
  }

  public HeatmapView value() {
    var s = shown.getValue();
    return new HeatmapView(s == null ? HeatmapView.Shown.LATEST : s, relative.getValue());
  }

  /** Shows a choice made elsewhere (a lesson loaded) without reporting it back as a change. */
  public void set(HeatmapView view) {
    quiet = true;
    try {
      shown.setValue(view.shown());
      relative.setValue(view.relative());
    } finally {
      quiet = false;
    }
  }

  /**
   * What the heatmap shows, in words: which step and why, and in which units, e.g. "Step 0, before
   * any update." or "Step 180: the largest gradient so far (global norm 4.2e+03 before clipping).
   * Each row is divided by its value at the last time step …".
   */
  public static String caption(HeatmapView view, Probe probe, boolean depth) {
    if (probe == null) {
      return "";
    }
    String which =
        switch (view.shown()) {
          case LATEST -> I18n.t("chart.view.caption.latest", probe.step());
          case FIRST -> I18n.t("chart.view.caption.first", probe.step());
          case PEAK ->
              I18n.t(
                  "chart.view.caption.peak",
                  probe.step(),
                  Numbers.format(probe.globalNormBefore()));
        };
    if (view.relative()) {
      which +=
          " " + I18n.t(depth ? "chart.view.caption.relativeDepth" : "chart.view.caption.relative");
    }
    return which;
  }
}
