package gradflow.export;

import gradflow.engine.Batch;
import gradflow.engine.Network;
import gradflow.engine.Probe;
import gradflow.engine.StepReport;
import gradflow.engine.Trainer;
import gradflow.experiment.EngineAdapter;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.task.Task;
import java.util.ArrayList;
import java.util.List;

/** Specs, and GradFlow's own probes of them, shared by the export tests. */
final class ExportFixtures {
  private ExportFixtures() {}

  static final Specs SPECS = new Specs(SpecLimits.DEFAULTS);

  static ExperimentSpec spec(String json) {
    return SPECS.read(json).orElseThrow();
  }

  /**
   * The probes a run of the spec records, trained through the engine exactly as a run's training
   * loop does: step k on batch (seed, k), probed when k is a multiple of probeEvery, and the
   * trained network probed once more after the last step when that is a probe step.
   */
  static List<Probe> gradFlowProbes(ExperimentSpec spec) {
    Task task = spec.task().create();
    Trainer trainer =
        new Trainer(
            new Network(EngineAdapter.networkConfig(spec, task)),
            EngineAdapter.optimizer(spec),
            EngineAdapter.clipping(spec));
    int steps = spec.training().steps();
    int every = spec.probeEvery();
    List<Probe> probes = new ArrayList<>();
    for (int k = 0; k < steps && !trainer.diverged(); k++) {
      StepReport r = trainer.step(batch(spec, task, k), k % every == 0);
      if (r.probe() != null) {
        probes.add(r.probe());
      }
    }
    if (!trainer.diverged() && (steps == 0 || steps % every == 0)) {
      probes.add(trainer.probe(batch(spec, task, steps)));
    }
    return probes;
  }

  static Batch batch(ExperimentSpec spec, Task task, int step) {
    return task.batch(spec.training().batchSize(), spec.seed(), step);
  }
}
