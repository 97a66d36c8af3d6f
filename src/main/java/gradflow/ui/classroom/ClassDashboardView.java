package gradflow.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import gradflow.classroom.ClassEvent;
import gradflow.classroom.ClassEvents;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.ClassService;
import gradflow.classroom.Classroom;
import gradflow.classroom.Instructor;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.Specs;
import gradflow.ui.AppHeader;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.Presets;
import gradflow.ui.i18n.RefusalText;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code /teach/{code}}: one class led from one page. The join code on top; then leading (move,
 * locks), the sweep, the numbers, the sweep plot and the gallery, each its own component. The page
 * follows the class by push, so that a second instructor tab or the REST API stays in step, and
 * polls the numbers every two seconds.
 */
@Route("teach/:code")
public class ClassDashboardView extends Div
    implements BeforeEnterObserver, HasDynamicTitle, com.vaadin.flow.i18n.LocaleChangeObserver {
  /** The language the page's words are in; a switch to another rebuilds them. */
  private final java.util.Locale builtIn = gradflow.ui.i18n.I18n.current();

  private final ClassService classes;
  private final Specs specs;
  private final ExperimentStore store;
  private final ScheduledExecutorService ticker;
  private final List<Preset> lessons;
  private final Main main = new Main();
  private String code;
  private Classroom shown;
  private LeadPanel lead;
  private SweepSetup sweep;
  private LiveNumbers numbers;
  private SweepPlot plot;
  private Gallery gallery;
  private CompareChoice compare;
  private ClassEvents.Subscription subscription;
  private ScheduledFuture<?> polling;

  ClassDashboardView(
      ClassService classes, Specs specs, ExperimentStore store, ScheduledExecutorService uiTicker) {
    this.classes = classes;
    this.specs = specs;
    this.store = store;
    this.ticker = uiTicker;
    this.lessons = Presets.load(specs);
    addClassName("gf-page");
    main.addClassName("gf-class-page");
    add(new AppHeader(), main);
  }

  static RouteParameters at(String code) {
    return new RouteParameters("code", code);
  }

  /**
   * Everything here is built from the session and the class, so a reload redraws it in the new
   * language.
   */
  @Override
  public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
    ClassText.reloadInAnotherLanguage(event, builtIn);
  }

  @Override
  public String getPageTitle() {
    return shown == null
        ? ClassText.t("teach.title")
        : ClassText.t("teach.dashboard.title", shown.title());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!classes.enabled() || ClassSessions.instructorToken().isEmpty()) {
      event.forwardTo(TeachView.class);
      return;
    }
    code = event.getRouteParameters().get("code").orElse("");
    main.removeAll();
    try {
      instructor();
      shown = classes.find(code);
      code = shown.code();
      build();
    } catch (ClassRefusedException e) {
      shown = null;
      main.add(new ClassNotice("class-gone", ClassText.t("class.gone.heading"), RefusalText.of(e)));
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    if (shown == null) {
      return;
    }
    UI ui = event.getUI();
    subscription = classes.subscribe(code, e -> ui.access(() -> follow(e)));
    polling =
        ticker.scheduleAtFixedRate(() -> ui.access(this::showNumbers), 2, 2, TimeUnit.SECONDS);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (polling != null) {
      polling.cancel(false);
    }
  }

  private void build() {
    var table = specs.table();
    var heading = new H1(ClassText.t("teach.dashboard.heading"));
    lead =
        new LeadPanel(
            table,
            lessons,
            start -> show(instructor().moveTo(code, start)),
            paths -> show(instructor().lock(code, paths)));
    sweep =
        new SweepSetup(
            table,
            (path, from, to, count) -> show(instructor().sweep(code, path, from, to, count)),
            () -> lead.guard(() -> show(instructor().clearSweep(code))));
    numbers = new LiveNumbers();
    plot = new SweepPlot(table);
    compare = new CompareChoice(specs, store);
    gallery = new Gallery(table, true, card -> new CardActions(card, compare, this::hide));
    var end = new Button(ClassText.t("teach.end.button"));
    end.setId("end-class");
    end.addThemeVariants(ButtonVariant.LUMO_ERROR);
    end.addClickListener(e -> confirmEnd());
    var ended = new Paragraph(ClassText.t("teach.end.done"));
    ended.setId("class-ended");
    ended.addClassName("gf-notice");
    ended.setVisible(shown.ended());
    end.setEnabled(!shown.ended());
    // An ended class takes no more changes: only its numbers and its gallery stay.
    var side = shown.ended() ? new Div(numbers) : new Div(lead, sweep, numbers);
    side.addClassName("gf-class-side");
    var results = new Div(plot, compare, gallery);
    results.addClassName("gf-class-results");
    var columns = new Div(side, results);
    columns.addClassName("gf-class-columns");
    var ending = new Div(end, ended);
    ending.addClassName("gf-class-row");
    main.add(heading, new JoinCodeBox(code, shown.title()), columns, ending);
    gallery.show(instructor().gallery(code));
    show(shown);
    showNumbers();
  }

  /** Redraws what depends on the class itself: after a change here or pushed from elsewhere. */
  private void show(Classroom c) {
    if (shown != null && c.version() < shown.version()) {
      return;
    }
    shown = c;
    ExperimentSpec spec = specs.read(c.target().spec()).spec();
    lead.show(c, spec);
    sweep.show(c, spec);
    plot.show(gallery.runs(), c.sweep(), spec.task().length());
  }

  private void follow(ClassEvent event) {
    switch (event) {
      case ClassEvent.Ended e -> getUI().ifPresent(ui -> ui.getPage().reload());
      // This page's own changes come back too: only a newer version (another tab, the API) redraws.
      case ClassEvent.Change change -> {
        if (change.classroom().version() > shown.version()) {
          show(change.classroom());
        }
      }
      case ClassEvent.OfRun ofRun -> {
        gallery.put(ofRun.run());
        plot.show(
            gallery.runs(),
            shown.sweep(),
            specs.read(shown.target().spec()).spec().task().length());
        showNumbers();
      }
      case ClassEvent.StudentJoined joined -> showNumbers();
    }
  }

  private void showNumbers() {
    try {
      numbers.show(instructor().dashboard(code));
    } catch (ClassRefusedException e) {
      // The class expired under an open page: its numbers stop; a reload says why.
    }
  }

  private void hide(String runId, boolean hidden) {
    gallery.put(instructor().hide(code, runId, hidden));
  }

  private void confirmEnd() {
    var dialog = new ConfirmDialog();
    dialog.setHeader(ClassText.t("teach.end.confirmHeading"));
    dialog.setText(ClassText.t("teach.end.confirmText"));
    dialog.setCancelable(true);
    dialog.setCancelText(ClassText.t("teach.end.cancel"));
    dialog.setConfirmText(ClassText.t("teach.end.button"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(
        e -> {
          instructor().end(code);
          getUI().ifPresent(ui -> ui.getPage().reload());
        });
    dialog.open();
  }

  private Instructor instructor() {
    return classes.instructor(ClassSessions.instructorToken().orElse(null));
  }
}
