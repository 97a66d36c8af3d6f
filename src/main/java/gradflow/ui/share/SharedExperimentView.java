package gradflow.ui.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gradflow.classroom.ClassService;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.SavedExperiment;
import gradflow.experiment.Specs;
import gradflow.ui.AppHeader;
import gradflow.ui.classroom.ShownBanner;
import gradflow.ui.compare.SpecSummary;
import gradflow.ui.i18n.I18n;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code /x/{slug}}: a shared experiment, read-only. With recorded results it replays them step by
 * step without training again; with a spec only it names the stack and offers it to train. Either
 * way "Open in the builder" forks it into the playground as a new, unsaved experiment. Shown to a
 * class from its gallery, it is headed by whose run it is ({@link ShownBanner}). A slug that names
 * nothing answers 404 with a page that says so.
 */
@Route("x/:slug")
public class SharedExperimentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final ExperimentStore store;
  private final Specs specs;
  private final ScheduledExecutorService ticker;
  private String title = "GradFlow";

  private final gradflow.experiment.RunScheduler scheduler;
  private final ClassService classes;
  private gradflow.ui.run.RunPresenter presenter;

  SharedExperimentView(
      ExperimentStore store,
      Specs specs,
      ScheduledExecutorService uiTicker,
      gradflow.experiment.RunScheduler scheduler,
      ClassService classes) {
    this.store = store;
    this.specs = specs;
    this.ticker = uiTicker;
    this.scheduler = scheduler;
    this.classes = classes;
    addClassName("gf-page");
    // A closed tab must not leave a run of the shared spec using the machine.
    addDetachListener(
        e -> {
          if (presenter != null) {
            presenter.stop();
          }
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String slug = event.getRouteParameters().get("slug").orElse("");
    var saved = store.find(slug);
    var read = saved.map(s -> specs.read(s.spec()));
    if (saved.isEmpty() || read.get().spec() == null) {
      event.rerouteToError(NoSuchExperiment.class, slug);
      return;
    }
    var shown =
        ShownBanner.of(
            classes,
            specs.table(),
            event.getLocation().getQueryParameters().getParameters(),
            saved.get().slug());
    build(saved.get(), read.get().spec(), shown);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void build(SavedExperiment saved, ExperimentSpec spec, Optional<Component> shown) {
    removeAll();
    String stack = SpecSummary.of(spec);
    String task = SpecSummary.task(spec);
    title = I18n.t("share.pageTitle", task);
    Component heading = shown.orElseGet(() -> new H1(I18n.t("share.heading")));
    var what = new Paragraph(task + " · " + stack);
    what.setId("shared-summary");
    var fork = new Anchor("/?spec=" + specs.toLink(spec), I18n.t("share.fork"));
    fork.setId("shared-fork");
    fork.addClassName("gf-button-link");
    var main = new Main(heading, what);
    main.addClassName("gf-shared");
    if (saved.results() != null) {
      var ended =
          new Paragraph(
              saved.results().message() != null
                  ? I18n.t("share.endedWith", saved.results().message())
                  : I18n.t("share.finished", saved.results().step()));
      ended.setId("shared-ended");
      main.add(ended, fork, new ReplayPanel(saved.slug(), spec, saved.results(), ticker));
    } else {
      var only = new Paragraph(I18n.t("share.specOnly"));
      only.setId("shared-spec-only");
      // Ready to train with one press, here, with the playground's own buttons and charts.
      presenter =
          new gradflow.ui.run.RunPresenter(
              scheduler, gradflow.ui.run.RunPresenter.currentClientId());
      var charts = new gradflow.ui.live.LiveCharts();
      charts.setVisible(false);
      charts.addResetListener(() -> charts.setVisible(true));
      var runPanel =
          new gradflow.ui.run.RunPanel(
              presenter,
              ticker,
              () -> new gradflow.ui.run.Trainable(java.util.Optional.of(spec), java.util.List.of()),
              charts);
      main.add(only, fork, runPanel, charts);
    }
    add(new AppHeader(), main);
  }
}
