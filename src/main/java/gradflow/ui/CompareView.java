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
  static final String A = "a";
  static final String B = "b";

  private final ScheduledExecutorService uiTicker;
  private final Specs specs;
  private final RunScheduler scheduler;
  private final gradflow.experiment.ExperimentStore store;
  private final List<Comparison> comparisons;
  private final SpecEditor editorA;
  private final SpecEditor editorB;
  private ComparePanel panel;

  /** Says why a link's comparison did not open; hidden unless a link was broken. */
  private final com.vaadin.flow.component.html.Paragraph notice =
      new com.vaadin.flow.component.html.Paragraph();

  private Locale builtIn;

  /** The comparison lesson chosen, which a rebuilt panel shows again rather than forgetting. */
  private Optional<Comparison> chosen = Optional.empty();

  CompareView(
      ScheduledExecutorService uiTicker,
      Specs specs,
      RunScheduler scheduler,
      gradflow.experiment.ExperimentStore store) {
    this.store = store;
    this.uiTicker = uiTicker;
    this.specs = specs;
    this.scheduler = scheduler;
    this.comparisons = Comparisons.load(specs);
    this.editorA = new SpecEditor(specs);
    this.editorB = new SpecEditor(specs);
    addClassName("gf-page");
    build();
    // Both specs live in the address, replaced (not pushed) on every change, so that a copied
    // address, a bookmark or Back brings the whole comparison back.
    editorA.addListener(change -> writeAddress());
    editorB.addListener(change -> writeAddress());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var query = event.getLocation().getQueryParameters();
    query.getSingleParameter(LESSON).ifPresent(panel::open);
    if (isAttached()) {
      return;
    }
    var a = query.getSingleParameter(A).map(specs::readLink);
    var b = query.getSingleParameter(B).map(specs::readLink);
    if (a.isPresent() && b.isPresent() && a.get().spec() != null && b.get().spec() != null) {
      editorA.load(a.get().spec());
      editorB.load(b.get().spec());
    } else if (a.isPresent() || b.isPresent()) {
      notice.setText(I18n.t("page.brokenLink"));
      notice.setVisible(true);
    }
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
    // What the lesson or link loaded before the page was attached goes into the address now.
    writeAddress();
  }

  private void writeAddress() {
    getUI()
        .ifPresent(
            ui -> {
              var query = new java.util.LinkedHashMap<String, String>();
              chosen.ifPresent(c -> query.put(LESSON, c.id()));
              query.put(A, specs.toLink(editorA.spec()));
              query.put(B, specs.toLink(editorB.spec()));
              ui.getPage()
                  .getHistory()
                  .replaceState(null, "compare?" + QueryParameters.simple(query).getQueryString());
            });
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
        new ComparePanel(
            specs, comparisons, scheduler, uiTicker, this::opened, editorA, editorB, store);
    chosen.ifPresent(c -> panel.showChosen(c.id()));
    notice.setId("link-notice");
    notice.addClassName("gf-notice");
    notice.getElement().setAttribute("role", "status");
    notice.setVisible(!notice.getText().isEmpty());
    add(new AppHeader(AppHeader.Mode.COMPARE), notice, new CompareRegion(panel));
  }

  private void opened(Optional<Comparison> comparison) {
    chosen = comparison;
    writeAddress();
  }

  /** The query that opens a comparison lesson, for links from the single-stack page. */
  static QueryParameters lesson(String id) {
    return QueryParameters.simple(Map.of(LESSON, id));
  }
}
