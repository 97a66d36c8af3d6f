package gradflow.export;

import gradflow.engine.Batch;
import gradflow.experiment.ExperimentSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * One step's batch, as {@code train.py --batch-from} reads it and {@code train.py --dump-batch}
 * writes it: {@code {"step", "inputs": [t][b][i], "target": {"kind": "regression", "steps",
 * "values": [k][b][o]}}}, or for a classification target {@code {"kind": "classification", "steps",
 * "labels": [k][b], "classes"}}. With it a numeric check of the script does not depend on its port
 * of the task generators; that port is checked on its own.
 */
final class BatchJson {
  private BatchJson() {}

  static Map<String, Object> of(ExperimentSpec spec, int step) {
    Batch batch = spec.task().create().batch(spec.training().batchSize(), spec.seed(), step);
    double[][][] inputs = new double[batch.length()][][];
    for (int t = 0; t < inputs.length; t++) {
      inputs[t] = rows(batch.inputs()[t]);
    }
    Map<String, Object> target = new LinkedHashMap<>();
    switch (batch.target()) {
      case Batch.Regression r -> {
        target.put("kind", "regression");
        target.put("steps", r.steps());
        double[][][] values = new double[r.values().length][][];
        for (int k = 0; k < values.length; k++) {
          values[k] = rows(r.values()[k]);
        }
        target.put("values", values);
      }
      case Batch.Classification c -> {
        target.put("kind", "classification");
        target.put("steps", c.steps());
        target.put("labels", c.labels());
        target.put("classes", c.classes());
      }
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("step", step);
    doc.put("inputs", inputs);
    doc.put("target", target);
    return doc;
  }

  private static double[][] rows(DMatrixRMaj m) {
    double[][] out = new double[m.numRows][m.numCols];
    for (int r = 0; r < m.numRows; r++) {
      System.arraycopy(m.data, r * m.numCols, out[r], 0, m.numCols);
    }
    return out;
  }
}
