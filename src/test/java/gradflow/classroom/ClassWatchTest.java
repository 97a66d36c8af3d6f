package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas share one store, as behind HAProxy: the instructor's changes on one reach the pages
 * that follow the class on the other through the other's watch, each once.
 */
class ClassWatchTest {
  private final TestClasses a = new TestClasses();
  private final ClassEvents eventsOfB = new ClassEvents();
  private final ClassService b =
      new ClassService(
          a.service.settings(),
          a.store,
          a.experiments,
          a.scheduler,
          a.specs,
          eventsOfB,
          a.now::get);
  private final ClassWatch watchOfB = new ClassWatch(a.store, eventsOfB);
  private final BlockingQueue<ClassEvent> heardOnB = new LinkedBlockingQueue<>();

  @AfterEach
  void close() {
    b.close();
    eventsOfB.close();
    a.close();
  }

  private ClassEvent next() throws InterruptedException {
    return heardOnB.poll(5, TimeUnit.SECONDS);
  }

  @Test
  void whatTheInstructorDoesOnOneReplicaReachesThePagesOfAnother() throws Exception {
    Classroom c = a.tinyClass();
    b.subscribe(c.code(), heardOnB::add);
    watchOfB.poll();
    assertThat(heardOnB.poll(300, TimeUnit.MILLISECONDS))
        .as("a first reading is not news")
        .isNull();

    a.teacher().moveTo(c.code(), "forget-gate");
    watchOfB.poll();
    assertThat(next())
        .isInstanceOfSatisfying(
            ClassEvent.Moved.class, m -> assertThat(m.classroom().version()).isEqualTo(2));

    Joined ann = a.service.join(c.code(), "Ann");
    a.teacher().lock(c.code(), List.of("layers[].forgetBias"));
    watchOfB.poll();
    assertThat(next()).isInstanceOf(ClassEvent.LocksChanged.class);
    assertThat(next())
        .isInstanceOfSatisfying(
            ClassEvent.StudentJoined.class,
            j -> assertThat(j.studentId()).isEqualTo(ann.seat().student().id()));

    a.teacher().sweep(c.code(), "training.learningRate", 0.001, 0.01, 3);
    watchOfB.poll();
    assertThat(next()).isInstanceOf(ClassEvent.SweepChanged.class);

    a.teacher().end(c.code());
    watchOfB.poll();
    assertThat(next()).isInstanceOf(ClassEvent.Ended.class);
    assertThat(heardOnB.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aRunKeptOnOneReplicaAndHiddenThereShowsInTheGalleryOfAnother() throws Exception {
    Classroom c = a.tinyClass();
    Student ann = a.service.join(c.code(), "Ann").seat().student();
    b.subscribe(c.code(), heardOnB::add);
    watchOfB.poll();
    ClassRun run =
        new ClassRun(
            "run-1",
            c.code(),
            ann.id(),
            "Ann",
            a.tiny,
            null,
            null,
            0.1,
            0.16,
            null,
            1e-3,
            Heatmap.of(new double[][] {{1e-3, 1}}),
            false,
            a.now.get());
    a.store.insert(run);

    watchOfB.poll();
    assertThat(next())
        .isInstanceOfSatisfying(
            ClassEvent.RunAdded.class, r -> assertThat(r.run().id()).isEqualTo("run-1"));
    a.teacher().hide(c.code(), "run-1", true);
    watchOfB.poll();
    assertThat(next())
        .isInstanceOfSatisfying(
            ClassEvent.RunHidden.class, r -> assertThat(r.run().hidden()).isTrue());
  }

  @Test
  void aReplicaThatMadeAChangeAndReadsItBackTellsItsPagesOnce() throws Exception {
    Classroom c = a.tinyClass();
    BlockingQueue<ClassEvent> heardOnA = new LinkedBlockingQueue<>();
    a.service.subscribe(c.code(), heardOnA::add);
    var watchOfA = new ClassWatch(a.store, a.events);
    watchOfA.poll();

    a.teacher().moveTo(c.code(), "forget-gate");
    watchOfA.poll();
    a.service.join(c.code(), "Ann");
    watchOfA.poll();

    assertThat(heardOnA.poll(5, TimeUnit.SECONDS)).isInstanceOf(ClassEvent.Moved.class);
    assertThat(heardOnA.poll(5, TimeUnit.SECONDS)).isInstanceOf(ClassEvent.StudentJoined.class);
    assertThat(heardOnA.poll(500, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aStudentWithAPageOpenOnOneReplicaCountsAsConnectedOnTheOthersDashboard() {
    Classroom c = a.tinyClass();
    Student ann = a.service.join(c.code(), "Ann").seat().student();
    Student ben = a.service.join(c.code(), "Ben").seat().student();
    var teacherOnB = b.instructor(TestClasses.TOKEN);

    a.service.connected(ann.id());
    b.connected(ben.id());
    assertThat(a.teacher().dashboard(c.code()).connected()).as("before any heartbeat").isOne();
    assertThat(teacherOnB.dashboard(c.code()).connected()).isOne();

    a.service.heartbeat();
    b.heartbeat();
    assertThat(a.teacher().dashboard(c.code()).connected()).isEqualTo(2);
    assertThat(teacherOnB.dashboard(c.code()).connected()).isEqualTo(2);

    // Ann closes her page on A: B counts her until A's last heartbeat is a window old.
    a.service.disconnected(ann.id());
    a.now.set(a.now.get().plus(ClassService.PRESENCE_EVERY));
    b.heartbeat();
    assertThat(teacherOnB.dashboard(c.code()).connected()).isEqualTo(2);
    a.now.set(a.now.get().plus(ClassService.PRESENCE_WINDOW));
    b.heartbeat();
    assertThat(teacherOnB.dashboard(c.code()).connected()).isOne();
    assertThat(a.teacher().dashboard(c.code()).connected()).isOne();
  }
}
