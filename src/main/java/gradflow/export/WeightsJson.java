package gradflow.export;

import gradflow.engine.Network;
import gradflow.engine.Weights;
import gradflow.experiment.EngineAdapter;
import gradflow.experiment.ExperimentSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The initial weights of the spec's network, as {@code train.py --weights} loads them: {@code
 * {"format": "gradflow-weights", "version": 1, "layers": [{"Wx": rows, "Wh": rows, "b": rows, ...},
 * ...], "readout": {"Wo": rows, "bo": rows}}}, every matrix a list of rows under its name in
 * GradFlow's equations. A fresh network of the same spec always has these weights (one seeded
 * generator, a fixed drawing order), so a run's step-0 probe is their probe, whenever it is
 * exported.
 */
final class WeightsJson {
  static final String FORMAT = "gradflow-weights";
  static final int VERSION = 1;

  private WeightsJson() {}

  static Map<String, Object> of(ExperimentSpec spec) {
    Network network = new Network(EngineAdapter.networkConfig(spec, spec.task().create()));
    List<Map<String, double[][]>> layers = new ArrayList<>();
    for (int l = 0; l < network.depth(); l++) {
      layers.add(new LinkedHashMap<>());
    }
    Map<String, double[][]> readout = new LinkedHashMap<>();
    for (Weights w : network.weights()) {
      (w.layer() == Weights.READOUT ? readout : layers.get(w.layer())).put(w.name(), rows(w));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    doc.put("layers", layers);
    doc.put("readout", readout);
    return doc;
  }

  private static double[][] rows(Weights w) {
    double[][] out = new double[w.rows()][];
    for (int r = 0; r < w.rows(); r++) {
      out[r] = java.util.Arrays.copyOfRange(w.values(), r * w.cols(), (r + 1) * w.cols());
    }
    return out;
  }
}
