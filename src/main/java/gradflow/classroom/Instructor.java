package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.INVALID;
import static gradflow.classroom.ClassRefusedException.Reason.NO_RUN;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSettings;
import gradflow.experiment.SpecResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the holder of the instructor token may do ({@link ClassService#instructor}): create classes,
 * lead them (move, lock, sweep), curate their gallery and end them. Every change raises the class's
 * version and is pushed to its pages; a refused change changes nothing.
 */
public final class Instructor {
  private final ClassService service;

  Instructor(ClassService service) {
    this.service = service;
  }

  /**
   * A new class at a lesson or saved experiment.
   *
   * @param start a lesson id, or a saved experiment's slug or link
   * @throws ClassRefusedException INVALID naming {@code title} or {@code start}
   */
  public Classroom create(String title, String start) {
    String name = Names.title(title);
    Target target = service.targets().resolve(start);
    ClassStore store = service.store();
    Instant now = service.now();
    Instant expires = now.plus(Duration.ofDays(service.settings().expiryDays()));
    synchronized (Instructor.class) {
      // One creation at a time, so that two cannot draw the same free code.
      Classroom c =
          new Classroom(
              JoinCodes.next(store::codeTaken),
              name,
              now,
              expires,
              null,
              1,
              target,
              List.of(),
              null);
      store.insert(c);
      return c;
    }
  }

  /**
   * Sends the class to another lesson or saved experiment. The locks stay; the sweep stays when the
   * new spec still uses its setting and runs with every value, else it is cleared.
   */
  public Classroom moveTo(String code, String start) {
    Target target = service.targets().resolve(start);
    return change(
        code,
        c -> {
          Classroom moved = c.movedTo(target, null);
          return c.sweep() != null && fits(moved, c.sweep()) ? c.movedTo(target, c.sweep()) : moved;
        },
        ClassEvent.Moved::new);
  }

  /** Locks these settings table paths (and unlocks every other); an empty list unlocks all. */
  public Classroom lock(String code, Collection<String> paths) {
    List<String> checked = Locks.paths(service.specs().table(), paths);
    return change(code, c -> c.withLocks(checked), ClassEvent.LocksChanged::new);
  }

  /**
   * Makes the class a sweep of one numeric setting: {@code count} values evenly from {@code from}
   * to {@code to}, one per student in the order they joined (those already in the class too),
   * starting over when more join.
   *
   * @throws ClassRefusedException INVALID naming path, from, to or count; or naming the value with
   *     which the class's spec cannot run
   */
  public Classroom sweep(String code, String path, double from, double to, int count) {
    Sweep sweep = Sweeps.plan(service.specs().table(), path, from, to, count);
    return change(
        code,
        c -> {
          Classroom swept = c.withSweep(sweep);
          requireFits(swept, sweep);
          return swept;
        },
        ClassEvent.SweepChanged::new);
  }

  /** Ends the sweep: every student trains the class's spec again. */
  public Classroom clearSweep(String code) {
    return change(code, c -> c.withSweep(null), ClassEvent.SweepChanged::new);
  }

  /**
   * Ends the class: no more students, runs or changes; its gallery stays until it expires, and the
   * runs still training when it ended join it when they end.
   */
  public Classroom end(String code) {
    return change(code, c -> c.endedAt(service.now()), ClassEvent.Ended::new);
  }

  /**
   * Hides a run from the students' gallery, or shows it again; also once the class has ended.
   *
   * @throws ClassRefusedException NO_RUN naming {@code id}
   */
  public ClassRun hide(String code, String runId, boolean hidden) {
    String known = service.find(code).code();
    ClassRun run =
        service.locked(
            known,
            () -> {
              if (!service.store().setHidden(known, runId, hidden)) {
                throw new ClassRefusedException(
                    NO_RUN,
                    "id",
                    "Class "
                        + known
                        + " has no run "
                        + (runId == null ? "null" : Names.shorten(runId))
                        + " in its gallery.");
              }
              return gallery(known).stream()
                  .filter(r -> r.id().equals(runId))
                  .findFirst()
                  .orElseThrow();
            });
    service.publish(new ClassEvent.RunHidden(run));
    return run;
  }

  /** The whole gallery, hidden runs too, oldest first. */
  public List<ClassRun> gallery(String code) {
    return service.store().runs(service.find(code).code());
  }

  /** The class's students in the order they joined, with their sweep values. */
  public List<Student> students(String code) {
    return service.store().students(service.find(code).code());
  }

  /** The class's numbers and the server's headroom. */
  public Dashboard dashboard(String code) {
    Classroom c = service.find(code);
    List<Student> students = service.store().students(c.code());
    ClassRuns.Counts counts = service.runCounts(c.code());
    RunScheduler scheduler = service.scheduler();
    RunSettings s = scheduler.settings();
    int active = scheduler.activeCount();
    int queued = scheduler.queuedCount();
    int headroom = Math.max(0, s.activePlaces() - active) + Math.max(0, s.queueCapacity() - queued);
    return new Dashboard(
        c.code(),
        students.size(),
        service.connected(c.code(), students),
        counts.active(),
        counts.queued(),
        counts.refused(),
        service.store().runCount(c.code()),
        service.settings().maxRuns(),
        active,
        queued,
        headroom);
  }

  /** Applies a change to a live class, stores it, gives new sweep values and tells the pages. */
  private Classroom change(
      String code, UnaryOperator<Classroom> how, Function<Classroom, ClassEvent> event) {
    String known = service.find(code).code();
    Classroom changed =
        service.locked(
            known,
            () -> {
              Classroom c = service.live(known);
              Classroom next = how.apply(c);
              service.store().update(next);
              if (!Objects.equals(c.sweep(), next.sweep())) {
                reassign(next);
              }
              return next;
            });
    service.publish(event.apply(changed));
    return changed;
  }

  /** Gives every student of the class their value of its sweep (none without one). */
  private void reassign(Classroom c) {
    List<Student> changed = new ArrayList<>();
    for (Student s : service.store().students(c.code())) {
      Double value = c.sweep() == null ? null : c.sweep().valueFor(s.seat());
      if (!Objects.equals(value, s.sweepValue())) {
        changed.add(s.withSweepValue(value));
      }
    }
    service.store().updateSweepValues(changed);
  }

  private boolean fits(Classroom c, Sweep sweep) {
    try {
      requireFits(c, sweep);
      return true;
    } catch (ClassRefusedException e) {
      return false;
    }
  }

  /**
   * Every value of the sweep gives a spec that runs here, and the class's spec uses the setting.
   */
  private void requireFits(Classroom c, Sweep sweep) {
    var table = service.specs().table();
    ExperimentSpec spec = service.specOf(c);
    if (!Sweeps.appliesTo(table, spec, sweep)) {
      throw new ClassRefusedException(
          INVALID,
          "path",
          "path "
              + sweep.path()
              + " is used by no layer of the class's stack, so a sweep of it would change"
              + " nothing.");
    }
    for (double value : sweep.values()) {
      ExperimentSpec swept = Sweeps.apply(table, spec, sweep, value);
      SpecResult checked = service.specs().check(swept);
      String why = checked.isValid() ? runnable(swept) : checked.errors().getFirst().message();
      if (why != null) {
        throw new ClassRefusedException(
            INVALID,
            value == sweep.values().getFirst() ? "from" : "to",
            "With " + sweep.path() + " = " + value + " the class's spec cannot run: " + why);
      }
    }
  }

  private String runnable(ExperimentSpec spec) {
    try {
      service.scheduler().checkRunnable(spec);
      return null;
    } catch (InvalidSpecException e) {
      return e.getMessage();
    }
  }
}
