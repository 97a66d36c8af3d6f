package gradflow.persistence;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.RunStatus;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/** Results as a run records them, built by hand, with a non-finite number or two. */
final class Fixtures {
  static final String SPEC =
      "{\"version\":1,\"task\":{\"kind\":\"adding\",\"length\":30},\"layers\":[{\"cell\":\"rnn\","
          + "\"hidden\":16,\"activation\":\"identity\"}],\"seed\":11}";

  /** Compares records field by field, NaN equal to NaN (as Double.equals has it). */
  static final RecursiveComparisonConfiguration NAN_EQUAL =
      RecursiveComparisonConfiguration.builder()
          .withComparatorForType(Double::compare, Double.class)
          .build();

  private Fixtures() {}

  static Probe probe(int step, double scale) {
    return new Probe(
        step,
        0.17 * scale,
        new double[][] {{1e-3 * scale, 2e-3, Double.POSITIVE_INFINITY}, {0.5, 0.25, 0.125}},
        new double[][] {null, {0.1, 0.2, 0.3}},
        new double[][] {null, {0.9, 0.95, 1.0}},
        new double[] {0.4, Double.NaN},
        0.01,
        0.5,
        0.5,
        false,
        new double[][] {{0.9}, {0.8, 0.7, 0.6, 0.5}},
        new Spectrum[][] {
          {new Spectrum("Wh", 0.9, new double[] {0.9, -0.9}, new double[] {0, 0})},
          {new Spectrum("Wh_f", Double.NaN, new double[] {0.1}, new double[] {-0.2})}
        });
  }

  static RecordedResults results(int probes) {
    List<Probe> list = new ArrayList<>();
    List<LossPoint> curve = new ArrayList<>();
    for (int i = 0; i < probes; i++) {
      list.add(probe(i * 10, 1 + i));
    }
    for (int s = 0; s < 30; s++) {
      curve.add(new LossPoint(s, 1.0 / (1 + s)));
    }
    return new RecordedResults(
        RunStatus.DIVERGED, "diverged at step 29: loss is NaN", 29, 30, 1.0 / 6, curve, list);
  }
}
