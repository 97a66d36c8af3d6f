package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.ENDED;
import static gradflow.classroom.ClassRefusedException.Reason.EXPIRED;
import static gradflow.classroom.ClassRefusedException.Reason.LOCKED;
import static gradflow.classroom.ClassRefusedException.Reason.NOT_FOUND;
import static gradflow.classroom.ClassRefusedException.Reason.OFF;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.Lessons;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import gradflow.experiment.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Class mode: an instructor leads a room of browsers through lessons. The one entry point for the
 * class pages and the REST API alike; every refusal is a {@link ClassRefusedException} whose
 * message a page can show as it is.
 *
 * <pre>{@code
 * Instructor teacher = classes.instructor(token);              // checks the token once
 * Classroom c = teacher.create("Period 3", "forget-gate");
 * Joined j = classes.join(c.code(), "Ann");                    // the student page keeps j.studentToken()
 * Run run = classes.startRun(c.code(), j.studentToken(), spec, sessionId, address);
 * var sub = classes.subscribe(c.code(), event -> ui.access(() -> follow(event)));
 * }</pre>
 *
 * <p>Changes to one class are serialised (one lock per class), and their events are published after
 * the lock is let go. Classes are kept by a {@link ClassStore}; expired ones are purged by {@link
 * #purgeExpired()}, which the configuration runs every hour.
 */
public final class ClassService implements AutoCloseable {
  private final ClassSettings settings;
  private final ClassStore store;
  private final RunScheduler scheduler;
  private final Specs specs;
  private final ClassEvents events;
  private final InstantSource clock;
  private final Lessons lessons;
  private final Targets targets;
  private final ClassRuns runs;
  private final Roster roster;

  /** How often each replica writes which students have a page open on it. */
  public static final Duration PRESENCE_EVERY = Duration.ofSeconds(10);

  /**
   * How long a student counts as connected after a replica last saw their page: three heartbeats,
   * so that one late or failed write does not drop them.
   */
  static final Duration PRESENCE_WINDOW = PRESENCE_EVERY.multipliedBy(3);

  private final Presence presence = new Presence();
  private final Map<String, Object> monitors = new ConcurrentHashMap<>();

  public ClassService(
      ClassSettings settings,
      ClassStore store,
      ExperimentStore experiments,
      RunScheduler scheduler,
      Specs specs,
      ClassEvents events,
      InstantSource clock) {
    this.settings = settings;
    this.store = store;
    this.scheduler = scheduler;
    this.specs = specs;
    this.events = events;
    this.clock = clock;
    this.lessons = Lessons.load(specs);
    this.targets = new Targets(lessons, experiments, specs);
    this.runs =
        new ClassRuns(store, experiments, scheduler, specs, events, clock, settings.maxRuns());
    this.roster = new Roster(this);
  }

  /** Whether class mode is on (an instructor token is configured). */
  public boolean enabled() {
    return settings.enabled();
  }

  public ClassSettings settings() {
    return settings;
  }

  /** The lessons a class can be sent to. */
  public Lessons lessons() {
    return lessons;
  }

  /**
   * The instructor's operations, for the holder of the instructor token.
   *
   * @throws ClassRefusedException OFF (saying how to turn class mode on), NO_TOKEN or WRONG_TOKEN,
   *     naming the header {@code X-Instructor-Token}
   */
  public Instructor instructor(String token) {
    settings.checkInstructor(token);
    return new Instructor(this);
  }

  /**
   * The class with this code, also when it has ended ({@link Classroom#ended()}).
   *
   * @throws ClassRefusedException OFF, NOT_FOUND or EXPIRED, naming {@code code}
   */
  public Classroom find(String code) {
    if (!enabled()) {
      throw new ClassRefusedException(
          OFF, "code", "There is no class mode on this server, so there are no classes to join.");
    }
    String known = JoinCodes.read(code).orElseThrow(() -> unknown(code));
    Classroom c = store.find(known).orElseThrow(() -> unknown(code));
    if (c.expiredAt(clock.instant())) {
      throw new ClassRefusedException(
          EXPIRED,
          "code",
          new ClassRefusedException.Rule("expired", List.of(day(c.expiresAt()))),
          "Class "
              + c.code()
              + " expired on "
              + day(c.expiresAt())
              + " and its students and runs were deleted; ask your instructor for a new code.");
    }
    return c;
  }

  /**
   * Joins a class under a nickname.
   *
   * @throws ClassRefusedException when the class cannot be found or has ended, the nickname is not
   *     allowed (naming {@code nickname} and the limit) or taken, or the class is full
   */
  public Joined join(String code, String nickname) {
    return roster.join(code, nickname);
  }

  /**
   * A student's seat as it is now (after the class moved, or the sweep changed), for their page.
   *
   * @throws ClassRefusedException NOT_A_STUDENT naming {@code X-Student-Token}, or as {@link #find}
   */
  public Seat seat(String code, String studentToken) {
    return roster.seat(code, studentToken);
  }

  /**
   * Starts a student's run of their spec, once it holds every locked setting at the student's
   * value. When it has finished or diverged it joins the gallery ({@link ClassEvent.RunAdded}).
   *
   * @param clientId the page's session id, as for {@link RunScheduler#submitFrom}
   * @param address the client's network address, or null
   * @throws ClassRefusedException LOCKED naming the first locked field changed, ENDED,
   *     TOO_MANY_RUNS, or as {@link #seat}
   * @throws gradflow.experiment.InvalidSpecException when the spec cannot run
   * @throws gradflow.experiment.BusyException when the server has no place now
   */
  public Run startRun(
      String code, String studentToken, ExperimentSpec spec, String clientId, String address) {
    String known = find(code).code();
    // Checked and submitted under the class's lock, so that no change of locks, sweep or target
    // slips between the check and the start.
    return locked(
        known,
        () -> {
          Seat seat = seat(known, studentToken);
          List<Violation> changed =
              Locks.changes(specs.table(), seat.spec(), spec, seat.classroom()::isLocked);
          if (!changed.isEmpty()) {
            throw new ClassRefusedException(
                LOCKED, changed.getFirst().field(), changed.getFirst().message(), changed);
          }
          live(known);
          return runs.start(seat, spec, clientId, address);
        });
  }

  /** The students' gallery: every kept run the instructor has not hidden, oldest first. */
  public List<ClassRun> gallery(String code) {
    return store.runs(find(code).code()).stream().filter(r -> !r.hidden()).toList();
  }

  /** Hears every later event of the class (see {@link ClassEvents}). */
  public ClassEvents.Subscription subscribe(String code, Consumer<ClassEvent> listener) {
    return events.subscribe(find(code).code(), listener);
  }

  /** A student's page is open (call again for every page; {@link #disconnected} when it closes). */
  public void connected(String studentId) {
    presence.connected(studentId);
  }

  public void disconnected(String studentId) {
    presence.disconnected(studentId);
  }

  /**
   * Writes which students have a page open on this replica to the store, for the dashboards of the
   * other replicas; called every {@link #PRESENCE_EVERY}.
   */
  public void heartbeat() {
    Set<String> here = presence.here();
    if (!here.isEmpty()) {
      store.seen(here, clock.instant());
    }
  }

  /**
   * Deletes the students and runs of the classes that have expired, and the classes themselves once
   * they have been expired as long again (until then their code answers "expired").
   *
   * @return how many rows went
   */
  public int purgeExpired() {
    Instant now = clock.instant();
    return store.purge(now, now.minus(Duration.ofDays(settings.expiryDays())));
  }

  @Override
  public void close() {
    runs.close();
  }

  // ---- for Instructor ----

  ClassStore store() {
    return store;
  }

  Specs specs() {
    return specs;
  }

  RunScheduler scheduler() {
    return scheduler;
  }

  Targets targets() {
    return targets;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  void publish(ClassEvent event) {
    events.publish(event);
  }

  ClassRuns.Counts runCounts(String code) {
    return runs.counts(code);
  }

  /**
   * How many of the class's students have a page open: here now, or on any replica at its last
   * heartbeat within {@link #PRESENCE_WINDOW}.
   */
  int connected(String code, List<Student> students) {
    Set<String> elsewhere = store.seenSince(code, clock.instant().minus(PRESENCE_WINDOW));
    return (int)
        students.stream()
            .filter(s -> presence.isHere(s.id()) || elsewhere.contains(s.id()))
            .count();
  }

  /** The class, if it has not ended. */
  Classroom live(String code) {
    Classroom c = find(code);
    if (c.ended()) {
      throw new ClassRefusedException(
          ENDED,
          "code",
          new ClassRefusedException.Rule("ended", List.of(day(c.expiresAt()))),
          "Class "
              + c.code()
              + " has ended; its gallery stays open until it expires on "
              + day(c.expiresAt())
              + ".");
    }
    return c;
  }

  /** Runs a change of one class while no other change of it runs. */
  <T> T locked(String code, Supplier<T> change) {
    synchronized (monitors.computeIfAbsent(code, k -> new Object())) {
      return change.get();
    }
  }

  /** The spec the class is at. */
  ExperimentSpec specOf(Classroom c) {
    return specs.read(c.target().spec()).spec();
  }

  Seat seatOf(Classroom c, Student s) {
    ExperimentSpec spec = specOf(c);
    if (c.sweep() != null && s.sweepValue() != null) {
      spec = Sweeps.apply(specs.table(), spec, c.sweep(), s.sweepValue());
    }
    return new Seat(c, s, spec);
  }

  private static ClassRefusedException unknown(String code) {
    return new ClassRefusedException(
        NOT_FOUND,
        "code",
        new ClassRefusedException.Rule(
            "notFound", List.of(code == null ? "" : Names.shorten(code))),
        "There is no class with code "
            + (code == null ? "null" : "\"" + Names.shorten(code) + "\"")
            + "; check the code your instructor gave you.");
  }

  private static String day(Instant when) {
    return when.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
