package gradflow.experiment;

import gradflow.engine.Activation;
import gradflow.engine.CellKind;
import gradflow.engine.Clipping;
import gradflow.engine.ConnectionKind;
import gradflow.engine.InitScheme;
import gradflow.engine.LayerConfig;
import gradflow.engine.Network;
import gradflow.engine.NetworkConfig;
import gradflow.engine.OptimizerConfig;
import gradflow.engine.Trainer;
import gradflow.task.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where a spec becomes engine objects. The spec's enums and the engine's share their
 * lower-case names, so the mapping goes by name; a setting the spec leaves null takes the settings
 * table's default, so that a spec built in code runs like the same spec read from JSON.
 */
final class EngineAdapter {
  private EngineAdapter() {}

  /** What a run trains: the task that makes its batches and the trainer that holds the network. */
  record Setup(Task task, Trainer trainer) {}

  /**
   * Builds the task, network and trainer of a valid spec.
   *
   * @throws IllegalArgumentException if the engine refuses a setting the validator let through
   */
  static Setup setUp(ExperimentSpec spec) {
    Task task = spec.task().create();
    NetworkConfig config = networkConfig(spec, task);
    TrainingSpec t = spec.training();
    OptimizerConfig optimizer =
        OptimizerConfig.of(OptimizerConfig.Kind.parse(t.optimizer().id()), t.learningRate());
    Clipping clipping =
        new Clipping(
            t.clipNorm() == null ? 0 : t.clipNorm(), t.clipValue() == null ? 0 : t.clipValue());
    return new Setup(task, new Trainer(new Network(config), optimizer, clipping));
  }

  static NetworkConfig networkConfig(ExperimentSpec spec, Task task) {
    List<LayerConfig> layers = new ArrayList<>();
    for (LayerSpec l : spec.layers()) {
      layers.add(layerConfig(l));
    }
    return NetworkConfig.of(
        task.inputSize(),
        task.outputSize(),
        layers,
        ConnectionKind.parse(spec.connection().id()),
        InitScheme.parse(spec.init().scheme().id()),
        spec.init().spectralRadius(),
        spec.seed());
  }

  private static LayerConfig layerConfig(LayerSpec l) {
    Activation activation =
        l.activation() == null ? Activation.TANH : Activation.parse(l.activation().id());
    boolean forgetGate = l.forgetGate() == null || l.forgetGate();
    double forgetBias = l.forgetBias() == null ? DEFAULT_FORGET_BIAS : l.forgetBias();
    return new LayerConfig(
        CellKind.parse(l.cell().id()), l.hidden(), activation, forgetGate, forgetBias);
  }

  /** The settings table's default for {@code layers[].forgetBias} (Jozefowicz et al. 2015). */
  private static final double DEFAULT_FORGET_BIAS = 1.0;
}
