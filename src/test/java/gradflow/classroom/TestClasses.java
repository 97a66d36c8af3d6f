package gradflow.classroom;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSettings;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A class service on memory stores, a real scheduler and a clock the test moves, with a tiny saved
 * experiment to start classes from.
 */
final class TestClasses implements AutoCloseable {
  static final String TOKEN = "the-instructors-secret";

  /** A tiny LSTM on the adding task: a run of it takes milliseconds. */
  static final String TINY =
      """
      {"task": {"kind": "adding", "length": 8},
       "layers": [{"cell": "lstm", "hidden": 4, "forgetBias": 1.0}],
       "init": {"scheme": "orthogonal", "spectralRadius": 0.9},
       "training": {"optimizer": "sgd", "learningRate": 0.01, "batchSize": 2, "steps": 4},
       "probeEvery": 2, "seed": 7}
      """;

  final Specs specs = new Specs(SpecLimits.DEFAULTS);
  final MemoryClassStore store = new MemoryClassStore();
  final MemoryExperimentStore experiments = new MemoryExperimentStore();
  final RunScheduler scheduler =
      new RunScheduler(specs, RunSettings.DEFAULTS.withPlaces(1, 4, 8, 50));
  final ClassEvents events = new ClassEvents();
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-03-01T09:00:00Z"));
  final ClassService service;

  /** The slug of {@link #TINY}, saved. */
  final String tiny;

  TestClasses() {
    this(new ClassSettings(TOKEN, 60, 300, 14));
  }

  TestClasses(ClassSettings settings) {
    service = new ClassService(settings, store, experiments, scheduler, specs, events, now::get);
    tiny = experiments.save(specs.toJson(spec(TINY)), null, "test").slug();
  }

  Instructor teacher() {
    return service.instructor(TOKEN);
  }

  ExperimentSpec spec(String json) {
    return specs.read(json).orElseThrow();
  }

  /** A class at the tiny experiment. */
  Classroom tinyClass() {
    return teacher().create("Period 3", tiny);
  }

  void later(Duration d) {
    now.updateAndGet(t -> t.plus(d));
  }

  @Override
  public void close() {
    service.close();
    scheduler.close();
    events.close();
  }
}
