package gradflow.ui.live;

import gradflow.engine.Activation;
import gradflow.engine.Clipping;
import gradflow.engine.ConnectionKind;
import gradflow.engine.InitScheme;
import gradflow.engine.LayerConfig;
import gradflow.engine.Network;
import gradflow.engine.NetworkConfig;
import gradflow.engine.OptimizerConfig;
import gradflow.engine.Probe;
import gradflow.engine.Trainer;
import gradflow.task.Task;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.List;

/** Probes from the real engine on the adding task, whose loss is taken at the last step only. */
final class RealProbes {

  static final long SEED = 42;

  private RealProbes() {}

  static Trainer trainer(int length, Double spectralRadius, LayerConfig... layers) {
    Task task = TaskKind.ADDING.create(length);
    var config =
        NetworkConfig.of(
            task.inputSize(),
            task.outputSize(),
            List.of(layers),
            ConnectionKind.PLAIN,
            InitScheme.ORTHOGONAL,
            spectralRadius,
            SEED);
    return new Trainer(new Network(config), OptimizerConfig.adam(1e-2), Clipping.NONE);
  }

  /** A probe of the freshly initialised network, without training. */
  static Probe probe(int length, Double spectralRadius, LayerConfig... layers) {
    var batch = TaskKind.ADDING.create(length).batch(8, SEED, 0);
    return trainer(length, spectralRadius, layers).probe(batch);
  }

  /** The probes of {@code steps} training steps, one probe per step. */
  static List<Probe> trained(int length, int steps, Double spectralRadius, LayerConfig... layers) {
    var task = TaskKind.ADDING.create(length);
    var trainer = trainer(length, spectralRadius, layers);
    var probes = new ArrayList<Probe>();
    for (int step = 0; step < steps; step++) {
      probes.add(trainer.step(task.batch(8, SEED, step), true).probe());
    }
    return probes;
  }

  static LayerConfig identityRnn(int hidden) {
    return LayerConfig.rnn(hidden, Activation.IDENTITY);
  }
}
