package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.ENDED;
import static gradflow.classroom.ClassRefusedException.Reason.EXPIRED;
import static gradflow.classroom.ClassRefusedException.Reason.FULL;
import static gradflow.classroom.ClassRefusedException.Reason.LOCKED;
import static gradflow.classroom.ClassRefusedException.Reason.NOT_FOUND;
import static gradflow.classroom.ClassRefusedException.Reason.NO_TOKEN;
import static gradflow.classroom.ClassRefusedException.Reason.OFF;
import static gradflow.classroom.ClassRefusedException.Reason.TAKEN;
import static gradflow.classroom.ClassRefusedException.Reason.TOO_MANY_RUNS;
import static gradflow.classroom.ClassRefusedException.Reason.WRONG_TOKEN;
import static gradflow.classroom.Refused.refused;
import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Run;
import gradflow.experiment.RunStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassServiceTest {
  private final TestClasses t = new TestClasses();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void withoutAnInstructorTokenClassModeIsOffAndSaysHowToTurnItOn() {
    try (var off = new TestClasses(new ClassSettings("  ", 60, 300, 14))) {
      assertThat(off.service.enabled()).isFalse();
      refused(() -> off.service.instructor("anything"), OFF)
          .hasMessageContaining("GRADFLOW_INSTRUCTOR_TOKEN");
      refused(() -> off.service.find("KMN473"), OFF)
          .hasMessage("There is no class mode on this server, so there are no classes to join.");
    }
  }

  @Test
  void theInstructorsOperationsNeedTheInstructorsToken() {
    refused(() -> t.service.instructor(null), NO_TOKEN).hasMessageContaining("X-Instructor-Token");
    refused(() -> t.service.instructor("the-instructors-secreT"), WRONG_TOKEN);
    assertThat(t.service.instructor(TestClasses.TOKEN)).isNotNull();
  }

  @Test
  void aNewClassHasAJoinCodeItsTitleAndTheSpecOfItsLesson() {
    Classroom c = t.teacher().create("Period 3", "forget-gate");

    assertThat(c.code()).matches("[" + JoinCodes.ALPHABET + "]{6}");
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.target().kind()).isEqualTo(Target.Kind.LESSON);
    assertThat(c.target().spec())
        .isEqualTo(t.specs.toJson(t.service.lessons().find("forget-gate").orElseThrow().spec()));
    assertThat(c.expiresAt()).isEqualTo(c.createdAt().plus(Duration.ofDays(14)));
    assertThat(t.service.find(c.code().toLowerCase())).isEqualTo(c);
  }

  @Test
  void aClassStartsFromASavedExperimentByItsSlugOrLink() {
    Classroom c = t.teacher().create("Period 3", "https://gradflow.example/x/" + t.tiny);

    assertThat(c.target())
        .isEqualTo(
            new Target(Target.Kind.EXPERIMENT, t.tiny, t.specs.toJson(t.spec(TestClasses.TINY))));
    refused(
            () -> t.teacher().create("Period 3", "no-such-lesson"),
            ClassRefusedException.Reason.INVALID)
        .hasMessageContaining("forget-gate");
  }

  @Test
  void unknownExpiredAndEndedClassesAreToldApart() {
    Classroom c = t.tinyClass();
    refused(() -> t.service.find("KMN473"), NOT_FOUND)
        .hasMessageContaining("\"KMN473\"")
        .extracting(e -> ((ClassRefusedException) e).rule())
        .isEqualTo(new ClassRefusedException.Rule("notFound", List.of("KMN473")));

    t.teacher().end(c.code());
    refused(() -> t.service.join(c.code(), "Ann"), ENDED)
        .hasMessageContaining("has ended")
        .extracting(e -> ((ClassRefusedException) e).rule())
        .isEqualTo(new ClassRefusedException.Rule("ended", List.of("2025-03-15")));
    assertThat(t.service.find(c.code()).ended()).isTrue();

    t.later(Duration.ofDays(14));
    refused(() -> t.service.find(c.code()), EXPIRED)
        .hasMessageContaining("expired on 2025-03-15")
        .extracting(e -> ((ClassRefusedException) e).rule())
        .isEqualTo(new ClassRefusedException.Rule("expired", List.of("2025-03-15")));
  }

  @Test
  void sweepValuesAreGivenInJoiningOrderAndStartOverWhenTheyRunOut() {
    Classroom c = t.tinyClass();
    t.teacher().sweep(c.code(), "layers[].forgetBias", -3, 3, 3);

    List<Double> values =
        List.of("Ann", "Bob", "Cy", "Di").stream()
            .map(n -> t.service.join(c.code(), n).seat())
            .map(s -> s.spec().layers().getFirst().forgetBias())
            .toList();

    assertThat(values).containsExactly(-3.0, 0.0, 3.0, -3.0);
  }

  @Test
  void studentsAlreadyInTheClassGetTheirValueWhenTheSweepIsSetAndLoseItWhenCleared() {
    Classroom c = t.tinyClass();
    var ann = t.service.join(c.code(), "Ann");
    var bob = t.service.join(c.code(), "Bob");

    Classroom swept = t.teacher().sweep(c.code(), "init.spectralRadius", 0.5, 1.5, 2);

    assertThat(swept.version()).isEqualTo(2);
    assertThat(t.service.seat(c.code(), bob.studentToken()).spec().init().spectralRadius())
        .isEqualTo(1.5);
    t.teacher().clearSweep(c.code());
    assertThat(t.service.seat(c.code(), ann.studentToken()).student().sweepValue()).isNull();
  }

  @Test
  void aSweepWithAValueTheSpecCannotRunWithIsRefusedNamingIt() {
    Classroom c = t.tinyClass();

    refused(
            () -> t.teacher().sweep(c.code(), "task.length", 2, 100_000, 2),
            ClassRefusedException.Reason.INVALID)
        .hasMessageContaining("task.length");
    refused(
        () -> t.teacher().sweep(c.code(), "layers[].activation", 0, 1, 2),
        ClassRefusedException.Reason.INVALID);
    assertThat(t.service.find(c.code()).sweep()).isNull();
    assertThat(t.service.find(c.code()).version()).as("nothing changed").isEqualTo(1);
  }

  @Test
  void movingTheClassKeepsASweepThatStillFitsAndDropsOneThatDoesNot() {
    Classroom c = t.tinyClass();
    t.teacher().sweep(c.code(), "layers[].forgetBias", -3, 3, 3);

    Classroom lstm = t.teacher().moveTo(c.code(), "forget-is-b");
    assertThat(lstm.sweep()).isNotNull();
    Classroom rnn = t.teacher().moveTo(c.code(), "vanishing-tanh");

    assertThat(rnn.sweep()).isNull();
    assertThat(rnn.version()).isEqualTo(4);
    assertThat(rnn.target().id()).isEqualTo("vanishing-tanh");
  }

  @Test
  void aNicknameTakenInTheClassIsRefusedWhateverItsCase() {
    Classroom c = t.tinyClass();
    t.service.join(c.code(), "Ann");

    refused(() -> t.service.join(c.code(), " ANN "), TAKEN)
        .hasMessageContaining("\"ANN\" is taken")
        .extracting(e -> ((ClassRefusedException) e).rule())
        .isEqualTo(new ClassRefusedException.Rule("taken", List.of("ANN")));
    assertThat(t.store.students(c.code())).hasSize(1);
  }

  @Test
  void aFullClassSaysSo() {
    try (var small = new TestClasses(new ClassSettings(TestClasses.TOKEN, 2, 300, 14))) {
      Classroom c = small.tinyClass();
      small.service.join(c.code(), "Ann");
      small.service.join(c.code(), "Bob");

      refused(() -> small.service.join(c.code(), "Cy"), FULL)
          .hasMessageContaining("is full: it has 2 students")
          .extracting(e -> ((ClassRefusedException) e).rule())
          .isEqualTo(new ClassRefusedException.Rule("full", List.of(2)));
    }
  }

  @Test
  void aLockedSettingCannotBeChangedByAStudent() {
    Classroom c = t.tinyClass();
    t.teacher().lock(c.code(), List.of("layers[].forgetBias"));
    var ann = t.service.join(c.code(), "Ann");
    ExperimentSpec mine = t.specs.table().edit(ann.seat().spec(), "layers[0].forgetBias", 5.0);

    var refusal =
        refused(() -> t.service.startRun(c.code(), ann.studentToken(), mine, "s", null), LOCKED)
            .hasMessageStartingWith("layers[0].forgetBias is locked by your instructor at 1.0");
    refusal.extracting(e -> ((ClassRefusedException) e).field()).isEqualTo("layers[0].forgetBias");
    assertThat(t.scheduler.activeCount() + t.scheduler.queuedCount()).isZero();
  }

  @Test
  void aStudentsRunThatFinishesJoinsTheGalleryAsASavedExperiment() {
    Classroom c = t.tinyClass();
    t.teacher().sweep(c.code(), "init.spectralRadius", 0.5, 1.5, 3);
    var ann = t.service.join(c.code(), "Ann");
    List<ClassEvent> heard = new CopyOnWriteArrayList<>();
    t.service.subscribe(c.code(), heard::add);
    // An unlocked change is the student's to make.
    ExperimentSpec mine = t.specs.table().edit(ann.seat().spec(), "layers[0].hidden", 6);

    Run run = t.service.startRun(c.code(), ann.studentToken(), mine, "s", null);
    await(() -> !t.store.runs(c.code()).isEmpty());

    ClassRun kept = t.store.runs(c.code()).getFirst();
    assertThat(kept.id()).isEqualTo(run.id());
    assertThat(kept.nickname()).isEqualTo("Ann");
    assertThat(kept.sweepPath()).isEqualTo("init.spectralRadius");
    assertThat(kept.sweepValue()).isEqualTo(0.5);
    assertThat(kept.finalLoss()).isEqualTo(run.snapshot().lossCurve().getLast().loss());
    assertThat(kept.diverged()).isFalse();
    assertThat(kept.gradientRatio()).isPositive();
    assertThat(kept.heatmap().steps()).hasSize(8);
    assertThat(t.experiments.find(kept.slug()).orElseThrow().results().status())
        .isEqualTo(RunStatus.FINISHED);
    await(() -> heard.stream().anyMatch(e -> e instanceof ClassEvent.RunAdded));
    assertThat(t.service.gallery(c.code())).containsExactly(kept);
  }

  @Test
  void aCancelledRunIsNotKept() throws Exception {
    Classroom c = t.tinyClass();
    var ann = t.service.join(c.code(), "Ann");
    ExperimentSpec long_ = t.specs.table().edit(ann.seat().spec(), "training.steps", 100_000);

    Run run = t.service.startRun(c.code(), ann.studentToken(), long_, "s", null);
    run.cancel();
    run.ended().toCompletableFuture().get();
    t.service.close(); // waits for the recording

    assertThat(t.store.runs(c.code())).isEmpty();
    assertThat(t.experiments.count()).as("only the class's start").isEqualTo(1);
  }

  @Test
  void aClassKeepsNoMoreRunsThanItsLimitCountingThoseInFlight() {
    try (var small = new TestClasses(new ClassSettings(TestClasses.TOKEN, 60, 1, 14))) {
      Classroom c = small.tinyClass();
      var ann = small.service.join(c.code(), "Ann");
      ExperimentSpec slow = small.specs.table().edit(ann.seat().spec(), "training.steps", 100_000);
      Run first = small.service.startRun(c.code(), ann.studentToken(), slow, "s", null);

      refused(
              () ->
                  small.service.startRun(
                      c.code(), ann.studentToken(), ann.seat().spec(), "s", null),
              TOO_MANY_RUNS)
          .hasMessageContaining("keeps 1 runs")
          .extracting(e -> ((ClassRefusedException) e).rule())
          .isEqualTo(new ClassRefusedException.Rule("tooManyRuns", List.of(1)));
      first.cancel();
    }
  }

  @Test
  void theGalleryHidesWhatTheInstructorHidAndTheDashboardCountsTheRoom() {
    Classroom c = t.tinyClass();
    var ann = t.service.join(c.code(), "Ann");
    t.service.join(c.code(), "Bob");
    t.service.connected(ann.seat().student().id());
    t.service.startRun(c.code(), ann.studentToken(), ann.seat().spec(), "s", null);
    await(() -> t.store.runCount(c.code()) == 1);
    String id = t.store.runs(c.code()).getFirst().id();

    ClassRun hidden = t.teacher().hide(c.code(), id, true);

    assertThat(hidden.hidden()).isTrue();
    assertThat(t.service.gallery(c.code())).isEmpty();
    assertThat(t.teacher().gallery(c.code())).containsExactly(hidden);
    Dashboard d = t.teacher().dashboard(c.code());
    assertThat(d.students()).isEqualTo(2);
    assertThat(d.connected()).isEqualTo(1);
    assertThat(d.runsKept()).isEqualTo(1);
    assertThat(d.serverHeadroom()).isEqualTo(4 + 8);
    refused(
        () -> t.teacher().hide(c.code(), "no-such-run", true), ClassRefusedException.Reason.NO_RUN);
  }

  @Test
  void expiredClassesArePurgedTheirCodesAnsweringExpiredUntilForgotten() {
    Classroom c = t.tinyClass();
    t.service.join(c.code(), "Ann");

    t.later(Duration.ofDays(14));
    t.service.purgeExpired();
    assertThat(t.store.students(c.code())).isEmpty();
    refused(() -> t.service.find(c.code()), EXPIRED);

    t.later(Duration.ofDays(14));
    t.service.purgeExpired();
    refused(() -> t.service.find(c.code()), NOT_FOUND);
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
