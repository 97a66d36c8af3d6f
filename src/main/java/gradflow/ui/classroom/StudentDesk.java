package gradflow.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import gradflow.classroom.ClassEvent;
import gradflow.classroom.Seat;
import gradflow.experiment.Specs;
import gradflow.ui.ChartsRegion;
import gradflow.ui.RunControlsRegion;
import gradflow.ui.StackBuilderRegion;
import gradflow.ui.builder.Preset;
import gradflow.ui.builder.Presets;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.live.LiveCharts;
import gradflow.ui.run.RunPanel;
import gradflow.ui.run.RunPresenter;
import gradflow.ui.run.Trainable;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A student's page in a class: the class bar (who they are, their sweep value, what the instructor
 * just changed, the way back to their own work), the playground's regions for their seat's spec
 * with the locked settings fixed, and the class's gallery. The editor and the run outlive a rebuild
 * in another language, as on the playground.
 */
final class StudentDesk extends Div {
  private final Specs specs;
  private final List<Preset> lessons;
  private final SpecEditor editor;
  private final SeatFollower follower;
  private final RunPresenter presenter;
  private final ScheduledExecutorService ticker;
  private Gallery gallery;
  private final Paragraph notice = new Paragraph();
  private final Paragraph lessonText = new Paragraph();
  private final Paragraph yourValue = new Paragraph();
  private final Button swap = new Button();
  private final H1 heading = new H1();
  private SpecForm form;
  private Seat seat;
  private boolean showingMine;

  StudentDesk(
      Specs specs,
      Seat seat,
      RunPresenter presenter,
      ScheduledExecutorService ticker,
      Gallery gallery) {
    this.specs = specs;
    this.lessons = Presets.load(specs);
    this.seat = seat;
    this.presenter = presenter;
    this.ticker = ticker;
    this.gallery = gallery;
    this.editor = new SpecEditor(specs, seat.spec());
    this.follower = new SeatFollower(editor);
    editor.fix(seat::isLocked);
    setId("student-desk");
    notice.setId("class-notice");
    notice.addClassName("gf-notice");
    notice.getElement().setAttribute("role", "status");
    notice.setVisible(false);
    // What stays across rebuilds keeps its words from the language it was made in: reset below.
    swap.setId("swap-work");
    swap.setIcon(VaadinIcon.EXCHANGE.create());
    swap.addClickListener(
        e -> {
          follower.swap();
          showingMine = !showingMine;
          showSwap();
        });
    lessonText.setId("class-lesson-text");
    lessonText.addClassName("gf-explanation");
    yourValue.setId("your-value");
    yourValue.addClassName("gf-your-value");
    build(gallery);
  }

  SpecEditor editor() {
    return editor;
  }

  /**
   * Builds the components anew around the editor and the run, e.g. in another language, with the
   * gallery built anew in it too.
   */
  void build(Gallery rebuilt) {
    this.gallery = rebuilt;
    if (form != null) {
      form.close();
    }
    removeAll();
    form = new SpecForm(editor, lessons);
    var charts = new LiveCharts();
    var runPanel =
        new RunPanel(
            presenter,
            ticker,
            () -> new Trainable(form.editor().runnableSpec(), form.errorSentences()),
            charts);
    var controls = new Div(new StackBuilderRegion(form, lessonText), new RunControlsRegion(form));
    controls.addClassName("gf-controls");
    var main = new Main(controls, new ChartsRegion(ticker, runPanel, new Div(), charts));
    main.addClassName("gf-main");
    var bar = new Div(heading, yourValue, notice, swap);
    bar.setId("class-bar");
    bar.addClassName("gf-class-bar");
    add(bar, main, gallery);
    showSeat();
    showSwap();
  }

  /** The instructor changed the class: follow it, say what changed, keep the student's work. */
  void follow(ClassEvent.Change change, Seat now) {
    boolean replaced = follower.follow(now, !(change instanceof ClassEvent.LocksChanged));
    seat = now;
    if (replaced) {
      showingMine = false;
    }
    String what =
        switch (change) {
          case ClassEvent.Moved m ->
              ClassText.t("class.notice.moved", ClassText.where(now.classroom(), lessons));
          case ClassEvent.LocksChanged l -> ClassText.t("class.notice.locks");
          case ClassEvent.SweepChanged s -> ClassText.t("class.notice.sweep");
          case ClassEvent.Ended e -> ClassText.t("class.notice.ended");
        };
    notice.setText(replaced ? what + " " + ClassText.t("class.notice.kept") : what);
    notice.setVisible(true);
    showSeat();
    showSwap();
  }

  private void showSeat() {
    var c = seat.classroom();
    heading.setText(ClassText.t("class.desk.heading", c.title(), seat.student().nickname()));
    String lesson = ClassText.where(c, lessons);
    var preset = lessons.stream().filter(l -> l.id().equals(c.target().id())).findFirst();
    lessonText.setText(
        ClassText.t("class.desk.lesson", lesson)
            + preset.map(p -> " " + Presets.explanation(p)).orElse(""));
    Double v = seat.student().sweepValue();
    yourValue.setVisible(c.sweep() != null && v != null);
    if (c.sweep() != null && v != null) {
      yourValue.setText(
          ClassText.t(
              "class.desk.yourValue",
              ClassText.setting(specs.table(), c.sweep().path()),
              ClassText.value(v)));
    }
    getElement().setAttribute("data-version", Integer.toString(c.version()));
    getElement().setAttribute("data-target", c.target().id());
  }

  private void showSwap() {
    swap.setVisible(follower.canSwap());
    swap.setText(ClassText.t(showingMine ? "class.swap.toLesson" : "class.swap.toMine"));
  }
}
