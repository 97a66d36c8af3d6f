package gradflow.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gradflow.classroom.ClassEvent;
import gradflow.classroom.ClassEvents;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.ClassService;
import gradflow.classroom.Classroom;
import gradflow.classroom.Joined;
import gradflow.classroom.Seat;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import gradflow.ui.AppHeader;
import gradflow.ui.i18n.RefusalText;
import gradflow.ui.run.RunPresenter;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code /c/{code}}: a student's way into a class. A code that is wrong, expired or ended gets a
 * page that says so; otherwise a nickname, then the student's desk ({@link StudentDesk}), which
 * follows the instructor by push. The student's token stays in the session under the code, so a
 * reload keeps the seat.
 */
@Route("c/:code")
public class ClassView extends Div
    implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {
  /** The language the page's words are in; a switch to another rebuilds them. */
  private java.util.Locale builtIn = gradflow.ui.i18n.I18n.current();

  private final ClassService classes;
  private final Specs specs;
  private final RunScheduler scheduler;
  private final ScheduledExecutorService ticker;
  private final Div body = new Div();
  private String code;
  private String token;
  private String title = "GradFlow";
  private StudentDesk desk;
  private Gallery gallery;
  private RunPresenter presenter;
  private ClassEvents.Subscription subscription;
  private String present;

  ClassView(
      ClassService classes,
      Specs specs,
      RunScheduler scheduler,
      ScheduledExecutorService uiTicker) {
    this.classes = classes;
    this.specs = specs;
    this.scheduler = scheduler;
    this.ticker = uiTicker;
    addClassName("gf-page");
    body.addClassName("gf-class-body");
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (isAttached() && desk != null) {
      return;
    }
    code = event.getRouteParameters().get("code").orElse("");
    removeAll();
    add(new AppHeader(), body);
    body.removeAll();
    Classroom c;
    try {
      c = classes.find(code);
    } catch (ClassRefusedException e) {
      title = ClassText.t("class.gone.heading");
      body.add(new ClassNotice("class-gone", ClassText.t("class.gone.heading"), RefusalText.of(e)));
      return;
    }
    code = c.code();
    title = c.title();
    gallery = new Gallery(specs.table(), false, card -> {});
    if (c.ended()) {
      body.add(
          new ClassNotice(
              "class-gone",
              ClassText.t("class.ended.heading"),
              ClassText.t("class.ended.text", c.title())));
      body.add(gallery);
      gallery.show(classes.gallery(code));
      return;
    }
    var seat = ClassSessions.studentToken(code).flatMap(this::seat);
    if (seat.isPresent()) {
      sit(seat.get());
    } else {
      body.add(new NicknameForm(c, nickname -> classes.join(code, nickname), this::joined));
    }
  }

  private java.util.Optional<Seat> seat(String token) {
    try {
      this.token = token;
      return java.util.Optional.of(classes.seat(code, token));
    } catch (ClassRefusedException e) {
      ClassSessions.forgetStudent(code);
      return java.util.Optional.empty();
    }
  }

  private void joined(Joined joined) {
    ClassSessions.keepStudentToken(code, joined.studentToken());
    token = joined.studentToken();
    sit(joined.seat());
    getUI().ifPresent(this::listen);
  }

  /** Seats the student: their desk, their gallery, runs started through the class. */
  private void sit(Seat seat) {
    body.removeAll();
    presenter =
        new RunPresenter(
            scheduler,
            RunPresenter.currentClientId(),
            (spec, clientId, address, paused) -> {
              Run run = classes.startRun(code, token, spec, clientId, address);
              if (paused) {
                run.pause();
              }
              return run;
            });
    gallery.show(classes.gallery(code));
    desk = new StudentDesk(specs, seat, presenter, ticker, gallery);
    present = seat.student().id();
    body.add(desk);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    if (desk != null) {
      listen(event.getUI());
    }
  }

  private void listen(UI ui) {
    if (subscription != null) {
      return;
    }
    subscription = classes.subscribe(code, e -> ui.access(() -> follow(e)));
    classes.connected(present);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (subscription != null) {
      subscription.close();
      subscription = null;
      classes.disconnected(present);
    }
    // A closed tab must not leave its run using a share of the machine.
    if (presenter != null) {
      presenter.stop();
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    if (gradflow.ui.i18n.I18n.supported(event.getLocale()).equals(builtIn)) {
      return;
    }
    builtIn = gradflow.ui.i18n.I18n.supported(event.getLocale());
    if (desk == null) {
      // Nothing but a form or a notice: built anew from the address and the session.
      event.getUI().getPage().reload();
      return;
    }
    var runs = gallery.runs();
    gallery = new Gallery(specs.table(), false, card -> {});
    gallery.show(runs);
    removeAll();
    add(new AppHeader(), body);
    desk.build(gallery);
  }

  private void follow(ClassEvent event) {
    switch (event) {
      case ClassEvent.Ended e -> getUI().ifPresent(ui -> ui.getPage().reload());
      case ClassEvent.Change change -> {
        try {
          desk.follow(change, classes.seat(code, token));
        } catch (ClassRefusedException e) {
          getUI().ifPresent(ui -> ui.getPage().reload());
        }
      }
      case ClassEvent.OfRun ofRun -> gallery.put(ofRun.run());
      case ClassEvent.StudentJoined joined -> {}
    }
  }
}
