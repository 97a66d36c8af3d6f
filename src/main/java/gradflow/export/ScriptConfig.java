package gradflow.export;

import gradflow.engine.Clipping;
import gradflow.engine.LayerConfig;
import gradflow.engine.NetworkConfig;
import gradflow.engine.OptimizerConfig;
import gradflow.experiment.EngineAdapter;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.SettingsTable;
import gradflow.task.LossKind;
import gradflow.task.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code CONFIG} of {@code train.py}: the spec as GradFlow's engine runs it, every default
 * filled in (optimiser hyper-parameters, forget bias, highway bias, the task's sizes and loss
 * steps). Read from the engine objects a run builds, never from the spec's text, so that the
 * script's defaults cannot drift from GradFlow's.
 */
final class ScriptConfig {
  private ScriptConfig() {}

  static Map<String, Object> of(ExperimentSpec spec) {
    Task task = spec.task().create();
    NetworkConfig network = EngineAdapter.networkConfig(spec, task);
    OptimizerConfig optimizer = EngineAdapter.optimizer(spec);
    Clipping clipping = EngineAdapter.clipping(spec);

    Map<String, Object> taskMap = new LinkedHashMap<>();
    taskMap.put("kind", task.kind().id());
    taskMap.put("length", task.length());
    taskMap.put("sequenceLength", task.sequenceLength());
    taskMap.put("inputSize", network.inputSize());
    taskMap.put("outputSize", network.outputSize());
    taskMap.put("loss", task.lossKind() == LossKind.MSE ? "mse" : "cross-entropy");
    taskMap.put("lossSteps", task.lossSteps());
    taskMap.put("baseline", task.baseline());

    Map<String, Object> opt = new LinkedHashMap<>();
    opt.put("kind", optimizer.kind().specName());
    opt.put("learningRate", optimizer.learningRate());
    opt.put("beta1", optimizer.beta1());
    opt.put("beta2", optimizer.beta2());
    opt.put("epsilon", optimizer.epsilon());

    Map<String, Object> c = new LinkedHashMap<>();
    c.put("task", taskMap);
    c.put("batchSize", spec.training().batchSize());
    c.put("seed", spec.seed());
    c.put("layers", layers(network));
    c.put("connection", network.connection().specName());
    c.put("init", network.init().specName());
    c.put("spectralRadius", network.spectralRadius());
    c.put("highwayBias", network.highwayBias());
    c.put("optimizer", opt);
    c.put("clipNorm", clipping.clipNorm());
    c.put("clipValue", clipping.clipValue());
    c.put("steps", spec.training().steps());
    c.put("probeEvery", spec.probeEvery());
    return c;
  }

  /** Each layer with only the settings its cell reads, as the settings table says. */
  private static List<Map<String, Object>> layers(NetworkConfig network) {
    SettingsTable table = SettingsTable.standard();
    List<Map<String, Object>> out = new ArrayList<>();
    for (LayerConfig l : network.layers()) {
      String cell = l.cell().specName();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cell", cell);
      m.put("hidden", l.hidden());
      Map<String, Object> optional = new LinkedHashMap<>();
      optional.put("activation", l.activation().specName());
      optional.put("forgetGate", l.forgetGate());
      optional.put("forgetBias", l.forgetBias());
      optional.forEach(
          (name, value) -> {
            if (table.get("layers[]." + name).appliesTo(cell)) {
              m.put(name, value);
            }
          });
      out.add(m);
    }
    return out;
  }
}
