package gradflow.experiment;

import gradflow.engine.Probe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A lesson's preset trained to its end through the same {@link Training} a run uses, with every
 * probe kept (no thinning), so that a test can check what the lesson's text claims.
 */
record LessonRun(
    String name,
    ExperimentSpec spec,
    double baseline,
    List<Probe> probes,
    double[] losses,
    RunStatus end,
    String message,
    int stepsTaken,
    double seconds) {

  /** Trains {@code gradflow/presets/<file>} as it is. */
  static LessonRun of(String file) {
    return of(file, json -> json);
  }

  /**
   * Trains the preset after an edit of its JSON, e.g. the change a lesson tells the student to
   * make.
   */
  static LessonRun of(String file, UnaryOperator<String> edit) {
    String json = edit.apply(preset(file));
    SpecResult read = Fixtures.SPECS.read(json);
    if (!read.isValid()) {
      throw new IllegalArgumentException(file + " is not a valid spec: " + read.errors());
    }
    return train(file, read.spec());
  }

  static LessonRun train(String name, ExperimentSpec spec) {
    var task = spec.task().create();
    var training = new Training(spec, task);
    var probes = new ArrayList<Probe>();
    var losses = new ArrayList<Double>();
    long start = System.nanoTime();
    while (true) {
      Training.Outcome o = training.next();
      if (o.trained()) {
        losses.add(o.loss());
      }
      if (o.probe() != null) {
        probes.add(o.probe());
      }
      if (o.end() != null) {
        return new LessonRun(
            name,
            spec,
            task.baseline(),
            List.copyOf(probes),
            losses.stream().mapToDouble(Double::doubleValue).toArray(),
            o.end(),
            o.message(),
            o.stepsTaken(),
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  static String preset(String file) {
    try (InputStream in =
        LessonRun.class.getClassLoader().getResourceAsStream("gradflow/presets/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no preset " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Probe first() {
    return probes.getFirst();
  }

  Probe last() {
    return probes.getLast();
  }

  /** The probe with the largest global gradient norm before clipping. */
  Probe peak() {
    return probes.stream()
        .filter(Probe::finite)
        .max(java.util.Comparator.comparingDouble(Probe::globalNormBefore))
        .orElseThrow();
  }

  /** The mean training loss over the last {@code n} steps: one batch's loss is noisy. */
  double finalLoss(int n) {
    double sum = 0;
    int from = Math.max(0, losses.length - n);
    for (int i = from; i < losses.length; i++) {
      sum += losses[i];
    }
    return sum / (losses.length - from);
  }

  /**
   * ‖dL/dh_1‖ / ‖dL/dh_T‖ of a layer: what reaches the first time step compared with the last, the
   * left and right edges of the heatmap's row.
   */
  static double timeRatio(Probe p, int layer) {
    double[] row = p.hiddenGrad()[layer];
    return row[0] / row[row.length - 1];
  }

  /** ‖dL/dh‖ of the bottom layer over the top layer's, at the single step of a depth task. */
  static double depthRatio(Probe p) {
    double[][] g = p.hiddenGrad();
    return g[0][0] / g[g.length - 1][0];
  }

  @Override
  public String toString() {
    return "%s: %s after %d steps in %.1f s, final loss %.4g (chance %.4g)"
        .formatted(name, end, stepsTaken, seconds, finalLoss(100), baseline);
  }
}
