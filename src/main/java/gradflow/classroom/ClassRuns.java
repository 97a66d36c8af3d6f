package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.TOO_MANY_RUNS;

import gradflow.experiment.BusyException;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunStatus;
import gradflow.experiment.Specs;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A class's runs while they train, and their recording when they end: a finished or diverged run is
 * saved as an experiment (its card opens {@code /x/{slug}}) and joins the gallery as a {@link
 * ClassRun}; a cancelled, failed or stopped run leaves nothing. Runs in flight count against the
 * class's limit of runs, so that a burst of starts cannot overshoot it.
 */
final class ClassRuns implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClassRuns.class);

  /** What the dashboard shows of a class's runs in flight. */
  record Counts(int active, int queued, long refused) {}

  private final ClassStore store;
  private final ExperimentStore experiments;
  private final RunScheduler scheduler;
  private final Specs specs;
  private final ClassEvents events;
  private final InstantSource clock;
  private final int maxRuns;
  private final Map<String, Set<Run>> inFlight = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
  // One thread: saving a run writes megabytes, and the gallery keeps the order runs ended in.
  private final ExecutorService recorder = Daemons.single("gradflow-class-runs");

  ClassRuns(
      ClassStore store,
      ExperimentStore experiments,
      RunScheduler scheduler,
      Specs specs,
      ClassEvents events,
      InstantSource clock,
      int maxRuns) {
    this.store = store;
    this.experiments = experiments;
    this.scheduler = scheduler;
    this.specs = specs;
    this.events = events;
    this.clock = clock;
    this.maxRuns = maxRuns;
  }

  /**
   * Starts a student's run; the caller holds the class's lock and has checked the locks.
   *
   * @throws ClassRefusedException when the class keeps as many runs as it may
   * @throws BusyException when the server has no place (counted for the dashboard)
   */
  Run start(Seat seat, ExperimentSpec spec, String clientId, String address) {
    String code = seat.classroom().code();
    Set<Run> flying = inFlight.computeIfAbsent(code, c -> ConcurrentHashMap.newKeySet());
    if (store.runCount(code) + flying.size() >= maxRuns) {
      throw new ClassRefusedException(
          TOO_MANY_RUNS,
          null,
          new ClassRefusedException.Rule("tooManyRuns", List.of(maxRuns)),
          "Class "
              + code
              + " keeps "
              + maxRuns
              + " runs, counting those still training, the most it may (an instructor can raise"
              + " GRADFLOW_CLASS_MAXRUNS). Ask your instructor to start a new class.");
    }
    Run run;
    try {
      run = scheduler.submitFrom(spec, clientId, address, false);
    } catch (BusyException e) {
      refused.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
      throw e;
    }
    flying.add(run);
    Sweep sweep = seat.classroom().sweep();
    run.ended()
        .thenAcceptAsync(
            ended -> {
              try {
                record(seat.student(), sweep, ended);
              } finally {
                flying.remove(ended);
              }
            },
            recorder);
    return run;
  }

  private void record(Student student, Sweep sweep, Run run) {
    RunStatus status = run.status();
    if (!RecordedResults.recordable(status)) {
      return;
    }
    String code = student.code();
    try {
      String slug =
          experiments
              .saveRun(run, specs.toJson(run.spec()), "class:" + code + ":" + student.id())
              .slug();
      RecordedResults results = RecordedResults.of(run);
      ClassRun kept =
          new ClassRun(
              run.id(),
              code,
              student.id(),
              student.nickname(),
              slug,
              sweep == null ? null : sweep.path(),
              sweep == null ? null : student.sweepValue(),
              Outcomes.finalLoss(results),
              results.baseline(),
              Outcomes.divergedAt(results),
              Outcomes.gradientRatio(results, run.spec().task().kind().isDepthTask()),
              Outcomes.heatmap(results),
              false,
              clock.instant().truncatedTo(ChronoUnit.MILLIS));
      store.insert(kept);
      events.publish(new ClassEvent.RunAdded(kept));
    } catch (RuntimeException e) {
      // A refused save (the student saved too often), or the class deleted meanwhile.
      LOG.warn("run {} of class {} was not kept: {}", run.id(), code, e.toString());
    }
  }

  Counts counts(String code) {
    int active = 0;
    int queued = 0;
    for (Run run : inFlight.getOrDefault(code, Set.of())) {
      switch (run.status()) {
        case RUNNING -> active++;
        case QUEUED -> queued++;
        default -> {
          // ended, being recorded
        }
      }
    }
    AtomicLong r = refused.get(code);
    return new Counts(active, queued, r == null ? 0 : r.get());
  }

  /** Waits for the runs that ended to be recorded (for tests and shutdown). */
  @Override
  public void close() {
    Daemons.shutdown(recorder, 5);
  }
}
