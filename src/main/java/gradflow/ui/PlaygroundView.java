package gradflow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Comparison;
import gradflow.ui.builder.Comparisons;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.Presets;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;
import gradflow.ui.live.LiveCharts;
import gradflow.ui.run.RunPanel;
import gradflow.ui.run.RunPresenter;
import gradflow.ui.run.Trainable;
import gradflow.ui.share.ShareBox;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The playground at {@code /}: the stack builder and the task on the left; the run's buttons and
 * its live charts on the right, where they stay in view while it trains. Each region is its own
 * component so that each can grow without this view growing with it.
 *
 * <p>The student's work lives in two objects that outlast the components: the {@link SpecEditor}
 * (the spec being edited) and the {@link RunPresenter} (the run). A language switch rebuilds every
 * component around them, so every label is read afresh in the new language and nothing is lost. The
 * spec also lives in the page's address ({@link SpecAddress}), for when the page is left and built
 * anew on return.
 */
@Route("")
public class PlaygroundView extends Div
    implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

  private final ScheduledExecutorService uiTicker;
  private final SpecEditor editor;
  private final List<Preset> presets;
  private final List<Comparison> comparisons;
  private final RunPresenter presenter;
  private final SpecAddress address;
  private SpecForm form;
  private LiveCharts charts;

  /** Says why a link's experiment did not open; hidden unless a link was broken. */
  private final Paragraph linkNotice = new Paragraph();

  private final ExperimentStore store;
  private final Specs specs;
  private final String clientId;
  private Preset viewOf;
  private Locale builtIn;
  private final boolean classMode;

  PlaygroundView(
      ScheduledExecutorService uiTicker,
      Specs specs,
      RunScheduler scheduler,
      ExperimentStore store,
      gradflow.classroom.ClassService classes) {
    this.store = store;
    this.classMode = classes.enabled();
    this.specs = specs;
    this.uiTicker = uiTicker;
    addClassName("gf-page");
    // One editor per page: both regions edit the same spec, and the Train button submits it.
    this.editor = new SpecEditor(specs);
    this.presets = Presets.load(specs);
    this.comparisons = Comparisons.load(specs);
    this.clientId = RunPresenter.currentClientId();
    this.presenter = new RunPresenter(scheduler, clientId);
    editor.addListener(this::followLessonView);
    this.address = new SpecAddress(specs, presets);
    editor.addListener(change -> getUI().ifPresent(ui -> address.write(ui, editor)));
    build();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    // Only when the page is built: once shown, the address follows the editor, never the reverse,
    // so that a late echo of an older address cannot undo an edit.
    if (!isAttached() && !address.restore(event.getLocation().getQueryParameters(), editor)) {
      linkNotice.setText(I18n.t("page.brokenLink"));
      linkNotice.setVisible(true);
    }
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
    return I18n.t("page.title");
  }

  @Override
  protected void onDetach(DetachEvent event) {
    // A closed tab must not leave its run using a share of the machine.
    presenter.stop();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    if (!I18n.current().equals(builtIn)) {
      build();
    }
  }

  private void build() {
    builtIn = I18n.current();
    if (form != null) {
      form.close();
    }
    removeAll();
    form = new SpecForm(editor, presets);
    var controls =
        new Div(
            new StackBuilderRegion(form, new CompareLink(form.editor(), comparisons)),
            new RunControlsRegion(form));
    controls.addClassName("gf-controls");
    charts = new LiveCharts();
    editor.preset().ifPresent(lesson -> charts.setView(lesson.view()));
    var runPanel =
        new RunPanel(
            presenter,
            uiTicker,
            () -> new Trainable(form.editor().runnableSpec(), form.errorSentences()),
            charts);
    var share =
        new ShareBox(
            "share",
            store,
            specs,
            () -> form.editor().runnableSpec(),
            presenter::run,
            () -> clientId);
    runPanel.addSnapshotListener(snapshot -> share.followRun());
    charts.addClearListener(share::followRun);
    var main = new Main(controls, new ChartsRegion(uiTicker, runPanel, share, charts));
    main.addClassName("gf-main");
    linkNotice.setId("link-notice");
    linkNotice.addClassName("gf-notice");
    linkNotice.getElement().setAttribute("role", "status");
    linkNotice.setVisible(!linkNotice.getText().isEmpty());
    add(new AppHeader(), linkNotice);
    if (classMode) {
      add(new gradflow.ui.classroom.JoinClassBox());
    }
    add(main);
  }

  /**
   * A lesson loaded into the editor sets what the heatmap shows (its text speaks of that step and
   * scale); the student's own choice stands until the next lesson.
   */
  private void followLessonView(SpecEditor.Change change) {
    var lesson = editor.preset().orElse(null);
    if (lesson != null && lesson != viewOf && charts != null) {
      charts.setView(lesson.view());
    }
    viewOf = lesson;
  }
}
