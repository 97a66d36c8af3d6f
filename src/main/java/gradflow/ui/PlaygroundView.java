package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Comparisons;
import gradflow.ui.builder.Presets;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.live.LiveCharts;
import gradflow.ui.run.RunPanel;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The playground at {@code /}: the stack builder and the task on the left; the run's buttons and
 * its live charts on the right, where they stay in view while it trains. Each region is its own
 * component so that each can grow without this view growing with it.
 */
@Route("")
@PageTitle("GradFlow: why networks stop learning")
public class PlaygroundView extends Div {

  PlaygroundView(ScheduledExecutorService uiTicker, Specs specs, RunScheduler scheduler) {
    addClassName("gf-page");
    // One editor per page: both regions edit the same spec, and the Train button will submit it.
    var form = new SpecForm(new SpecEditor(specs), Presets.load(specs));
    var controls =
        new Div(
            new StackBuilderRegion(form, new CompareLink(form.editor(), Comparisons.load(specs))),
            new RunControlsRegion(form));
    controls.addClassName("gf-controls");
    var charts = new LiveCharts();
    var runPanel = new RunPanel(scheduler, uiTicker, () -> form.editor().runnableSpec(), charts);
    var main = new Main(controls, new ChartsRegion(uiTicker, runPanel, charts));
    main.addClassName("gf-main");
    add(new AppHeader(), main);
  }
}
