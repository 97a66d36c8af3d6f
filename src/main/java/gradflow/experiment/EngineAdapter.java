package gradflow.experiment;

import gradflow.engine.Activation;
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
 * lower-case names, so the mapping goes by name. Every setting the spec leaves null takes the
 * settings table's default first, used by its cell or not (an lstm's unused activation still fills
 * the engine's parameter), so that a spec built in code runs like the same spec read from JSON and
 * the engine holds no defaults of its own for the spec's settings.
 *
 * <p>Public for the exports, which must describe exactly the network, optimiser and clipping that a
 * run of the spec trains, and so must read them from here rather than map the spec again.
 */
public final class EngineAdapter {
  private EngineAdapter() {}

  /**
   * Builds the network and trainer of a valid spec for its task, {@code spec.task().create()},
   * which the run has already built.
   *
   * @throws IllegalArgumentException if the engine refuses a setting the validator let through
   */
  static Trainer trainer(ExperimentSpec spec, Task task) {
    return new Trainer(new Network(networkConfig(spec, task)), optimizer(spec), clipping(spec));
  }

  /** The optimiser a run of the valid spec trains with, every hyper-parameter at its default. */
  public static OptimizerConfig optimizer(ExperimentSpec spec) {
    TrainingSpec t = filled(spec).training();
    return OptimizerConfig.of(OptimizerConfig.Kind.parse(t.optimizer().id()), t.learningRate());
  }

  /** The clipping a run of the valid spec applies (0: off). */
  public static Clipping clipping(ExperimentSpec spec) {
    TrainingSpec t = spec.training();
    return new Clipping(
        t.clipNorm() == null ? 0 : t.clipNorm(), t.clipValue() == null ? 0 : t.clipValue());
  }

  /** The network a run of the valid spec builds for the task, {@code spec.task().create()}. */
  public static NetworkConfig networkConfig(ExperimentSpec given, Task task) {
    ExperimentSpec spec = filled(given);
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

  /** The spec with every null the table has a default for filled in, used by its cell or not. */
  private static ExperimentSpec filled(ExperimentSpec spec) {
    return SettingsTable.standard().tree().withDefaults(spec);
  }

  /** A layer with every default filled in. */
  private static LayerConfig layerConfig(LayerSpec l) {
    return new LayerConfig(
        l.cell().kind(),
        l.hidden(),
        Activation.parse(l.activation().id()),
        l.forgetGate(),
        l.forgetBias());
  }
}
