package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Comparisons;
import gradflow.ui.compare.ComparePanel;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Compare mode at {@code /compare}: two stacks side by side. {@code ?lesson=lstm-vs-rnn} opens a
 * comparison lesson, and the URL follows the menu, so a teacher can bookmark or share the view.
 */
@Route("compare")
@PageTitle("GradFlow: compare two stacks")
public class CompareView extends Div implements BeforeEnterObserver {

  static final String LESSON = "lesson";

  private final ComparePanel panel;

  CompareView(ScheduledExecutorService uiTicker, Specs specs, RunScheduler scheduler) {
    addClassName("gf-page");
    panel =
        new ComparePanel(
            specs,
            Comparisons.load(specs),
            scheduler,
            uiTicker,
            opened ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.getPage()
                                .getHistory()
                                .replaceState(
                                    null,
                                    opened
                                        .map(c -> "compare?" + LESSON + "=" + c.id())
                                        .orElse("compare"))));
    var region = new CompareRegion(panel);
    add(new AppHeader(AppHeader.Mode.COMPARE), region);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter(LESSON).ifPresent(panel::open);
  }

  /** The query that opens a comparison lesson, for links from the single-stack page. */
  static QueryParameters lesson(String id) {
    return QueryParameters.simple(Map.of(LESSON, id));
  }
}
