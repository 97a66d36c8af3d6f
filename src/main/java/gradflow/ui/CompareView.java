package gradflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Comparison;
import gradflow.ui.builder.Comparisons;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.compare.ComparePanel;
import gradflow.ui.i18n.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Compare mode at {@code /compare}: two stacks side by side. {@code ?lesson=lstm-vs-rnn} opens a
 * comparison lesson, and the URL follows the menu, so a teacher can bookmark or share the view.
 *
 * <p>A language switch rebuilds the panel around the two specs, which outlive it; the two runs of a
 * comparison do not (they are reset), because their lockstep lives in the panel.
 */
@Route("compare")
public class CompareView extends Div
    implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

  static final String LESSON = "lesson";

  private final ScheduledExecutorService uiTicker;
  private final Specs specs;
  private final RunScheduler scheduler;
  private final List<Comparison> comparisons;
  private final SpecEditor editorA;
  private final SpecEditor editorB;
  private ComparePanel panel;
  private Locale builtIn;

  /** The comparison lesson chosen, which a rebuilt panel shows again rather than forgetting. */
  private Optional<Comparison> chosen = Optional.empty();

  CompareView(ScheduledExecutorService uiTicker, Specs specs, RunScheduler scheduler) {
    this.uiTicker = uiTicker;
    this.specs = specs;
    this.scheduler = scheduler;
    this.comparisons = Comparisons.load(specs);
    this.editorA = new SpecEditor(specs);
    this.editorB = new SpecEditor(specs);
    addClassName("gf-page");
    build();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter(LESSON).ifPresent(panel::open);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    if (!I18n.supported(event.getLocale()).equals(builtIn)) {
      build();
      event.getUI().getPage().setTitle(getPageTitle());
    }
  }

  @Override
  public String getPageTitle() {
    return I18n.t("compare.title");
  }

  private void build() {
    builtIn = I18n.current();
    removeAll();
    panel =
        new ComparePanel(specs, comparisons, scheduler, uiTicker, this::opened, editorA, editorB);
    chosen.ifPresent(c -> panel.showChosen(c.id()));
    add(new AppHeader(AppHeader.Mode.COMPARE), new CompareRegion(panel));
  }

  private void opened(Optional<Comparison> comparison) {
    chosen = comparison;
    getUI()
        .ifPresent(
            ui ->
                ui.getPage()
                    .getHistory()
                    .replaceState(
                        null,
                        comparison.map(c -> "compare?" + LESSON + "=" + c.id()).orElse("compare")));
  }

  /** The query that opens a comparison lesson, for links from the single-stack page. */
  static QueryParameters lesson(String id) {
    return QueryParameters.simple(Map.of(LESSON, id));
  }
}
