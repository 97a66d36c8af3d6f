package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.classroom.ClassRun;
import gradflow.classroom.ClassStore;
import gradflow.classroom.Classroom;
import gradflow.classroom.Heatmap;
import gradflow.classroom.Student;
import gradflow.classroom.Sweep;
import gradflow.classroom.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A class outlives the server that held it: its target, locks and sweep, its students with their
 * sweep values and its gallery come back in a new context on the same database as they were; and
 * the purge of expired classes deletes their students and runs, then the classes. A subclass per
 * database names it.
 */
abstract class ClassesSurviveARestartTest {
  private static final Instant NOW = Instant.parse("2025-03-01T09:00:00.123Z");

  /** The Spring arguments that put a context on this test's database. */
  abstract List<String> database(Path dir);

  @Test
  void aClassWithStudentsSweepLocksAndRunsSurvivesARestart(@TempDir Path dir) {
    List<String> database = database(dir);
    Classroom swept;
    List<Student> students;
    ClassRun shown;
    ClassRun hidden;
    try (ConfigurableApplicationContext first = start(database)) {
      ClassStore store = first.getBean(ClassStore.class);
      Classroom c = classroom("KMN473", NOW.plus(Duration.ofDays(14)));
      store.insert(c);
      students = List.of(student(c, 0, "Ann", 0.5), student(c, 1, "小明", 1.5));
      students.forEach(store::insert);
      shown = run(c, students.get(0), "run-a", 0.25);
      hidden = run(c, students.get(1), "run-b", null);
      store.insert(shown);
      store.insert(hidden);
      store.setHidden(c.code(), hidden.id(), true);
      swept =
          new Classroom(
              c.code(),
              c.title(),
              c.createdAt(),
              c.expiresAt(),
              NOW.plusSeconds(60),
              5,
              c.target(),
              List.of("layers[].forgetBias", "init"),
              new Sweep("layers", 2, 5, 10, List.of(2.0, 3.0, 4.0, 5.0)));
      store.update(swept);
    }

    try (ConfigurableApplicationContext second = start(database)) {
      ClassStore store = second.getBean(ClassStore.class);

      assertThat(store.find("KMN473")).contains(swept);
      assertThat(store.codeTaken("KMN473")).isTrue();
      assertThat(store.students("KMN473")).containsExactlyElementsOf(students);
      assertThat(store.studentByTokenHash("KMN473", students.get(1).tokenHash()))
          .contains(students.get(1));
      assertThat(store.runs("KMN473"))
          .usingRecursiveFieldByFieldElementComparator(Fixtures.NAN_EQUAL)
          .containsExactly(shown, hiddenAs(hidden));
      assertThat(store.runCount("KMN473")).isEqualTo(2);
    }
  }

  @Test
  void thePurgeDeletesAnExpiredClassesStudentsAndRunsThenTheClass(@TempDir Path dir) {
    try (ConfigurableApplicationContext context = start(database(dir))) {
      ClassStore store = context.getBean(ClassStore.class);
      Classroom expired = classroom("ACDEFH", NOW);
      Classroom live = classroom("KMN473", NOW.plus(Duration.ofDays(1)));
      for (Classroom c : List.of(expired, live)) {
        store.insert(c);
        Student s = student(c, 0, "Ann", null);
        store.insert(s);
        store.insert(run(c, s, "run-" + c.code(), 1.0));
      }

      store.purge(NOW, NOW.minus(Duration.ofDays(14)));

      assertThat(store.find("ACDEFH")).as("its code still answers expired").isPresent();
      assertThat(store.students("ACDEFH")).isEmpty();
      assertThat(store.runs("ACDEFH")).isEmpty();
      assertThat(store.students("KMN473")).hasSize(1);
      assertThat(store.runs("KMN473")).hasSize(1);

      store.purge(NOW.plus(Duration.ofDays(14)), NOW);

      assertThat(store.find("ACDEFH")).isEmpty();
      assertThat(store.find("KMN473")).isPresent();
    }
  }

  @Test
  void theStudentsSeenOnAnyReplicaAreReadBackByClassAndTime(@TempDir Path dir) {
    try (ConfigurableApplicationContext context = start(database(dir))) {
      ClassStore store = context.getBean(ClassStore.class);
      Classroom c = classroom("KMN473", NOW.plus(Duration.ofDays(1)));
      Classroom other = classroom("ACDEFH", NOW.plus(Duration.ofDays(1)));
      store.insert(c);
      store.insert(other);
      Student ann = student(c, 0, "Ann", null);
      Student ben = student(c, 1, "Ben", null);
      Student cho = student(other, 0, "Cho", null);
      for (Student s : List.of(ann, ben, cho)) {
        store.insert(s);
      }

      store.seen(List.of(ann.id(), cho.id()), NOW);
      store.seen(List.of(ben.id()), NOW.minusSeconds(60));

      assertThat(store.seenSince("KMN473", NOW.minusSeconds(30))).containsExactly(ann.id());
      assertThat(store.seenSince("KMN473", NOW.minusSeconds(90)))
          .containsExactlyInAnyOrder(ann.id(), ben.id());
      assertThat(store.seenSince("ACDEFH", NOW.minusSeconds(30))).containsExactly(cho.id());
      store.seen(List.of(), NOW);
      assertThat(store.students("KMN473")).containsExactly(ann, ben);
    }
  }

  private static Classroom classroom(String code, Instant expires) {
    return new Classroom(
        code,
        "Period 3: RNNs & LSTMs",
        NOW,
        expires,
        null,
        1,
        new Target(Target.Kind.LESSON, "forget-gate", Fixtures.SPEC),
        List.of(),
        null);
  }

  private static Student student(Classroom c, int seat, String nickname, Double value) {
    return new Student(
        c.code() + "-s" + seat, c.code(), seat, nickname, "ab".repeat(32 - seat), value, NOW);
  }

  private static ClassRun run(Classroom c, Student s, String id, Double ratio) {
    double[][] g = {{1e-3, Double.NaN, 0}, {Double.POSITIVE_INFINITY, 1, 2}};
    return new ClassRun(
        id,
        c.code(),
        s.id(),
        s.nickname(),
        "abcdefghijklmnopqrstuv",
        s.sweepValue() == null ? null : "layers[].forgetBias",
        s.sweepValue(),
        ratio == null ? null : 0.12,
        1.0 / 6,
        ratio == null ? 17 : null,
        ratio,
        Heatmap.of(g),
        false,
        NOW.plusSeconds(s.seat()));
  }

  private static ClassRun hiddenAs(ClassRun r) {
    return new ClassRun(
        r.id(),
        r.code(),
        r.studentId(),
        r.nickname(),
        r.slug(),
        r.sweepPath(),
        r.sweepValue(),
        r.finalLoss(),
        r.baseline(),
        r.divergedAt(),
        r.gradientRatio(),
        r.heatmap(),
        true,
        r.createdAt());
  }

  private static ConfigurableApplicationContext start(List<String> database) {
    return new SpringApplicationBuilder(PersistenceTestApp.App.class)
        .web(WebApplicationType.NONE)
        .run(database.toArray(String[]::new));
  }
}
