package gradflow.ui.live;

import gradflow.engine.Probe;
import java.util.List;
import java.util.Locale;

/**
 * Which probe the gradient heatmap shows, and whether as absolute sizes or relative to the loss
 * end. The latest probe answers "what does the gradient look like now?", which is not always the
 * lesson's question: an explosion is over within a few steps (then the picture to keep is step 0 or
 * the largest gradient), and a stack that has solved its task has a small gradient everywhere (then
 * the question is how much reaches the far end compared with the near end, the relative profile).
 *
 * @param relative each layer's row divided by its value at the last time step (where the loss is
 *     taken); with a single time step (the depth task) each layer divided by the top layer
 */
public record HeatmapView(Shown shown, boolean relative) {

  public static final HeatmapView LATEST = new HeatmapView(Shown.LATEST, false);

  /** Which probe of the run. */
  public enum Shown {
    /** The newest probe, following the run. */
    LATEST,
    /** Step 0, before any update: the freshly initialised network. */
    FIRST,
    /** The probe with the largest global gradient norm before clipping, among finite ones. */
    PEAK;

    /** The name a lesson uses for it in {@code lessons.properties}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Shown parse(String id) {
      for (Shown s : values()) {
        if (s.id().equals(id.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException("no heatmap view " + id + "; use latest, first or peak");
    }

    /**
     * The probe to show from a run's probes in step order (the latest last); null when there are
     * none yet.
     */
    public Probe pick(List<Probe> probes) {
      if (probes.isEmpty()) {
        return null;
      }
      return switch (this) {
        case LATEST -> probes.getLast();
        case FIRST -> probes.getFirst();
        case PEAK -> peak(probes);
      };
    }
  }

  /** Reads a lesson's setting such as {@code "first"} or {@code "latest relative"}. */
  public static HeatmapView parse(String text) {
    if (text == null || text.isBlank()) {
      return LATEST;
    }
    String[] words = text.strip().split("\\s+");
    boolean relative = words.length > 1 && words[1].equals("relative");
    if (words.length > 2 || (words.length == 2 && !relative)) {
      throw new IllegalArgumentException(
          "a heatmap view is latest, first or peak, optionally followed by relative: " + text);
    }
    return new HeatmapView(Shown.parse(words[0]), relative);
  }

  /** The probe of {@link #shown} from a run's probes. */
  public Probe pick(List<Probe> probes) {
    return shown.pick(probes);
  }

  /** The grid to draw for a probe: its ‖dL/dh_t‖ as they are, or relative. */
  public double[][] grid(Probe probe) {
    return relative ? relative(probe.hiddenGrad()) : probe.hiddenGrad();
  }

  /**
   * Each row over its last column; a one-column grid (depth) each row over the top row. A row whose
   * reference is zero or not finite has no relative profile: NaN, which the heatmap names.
   */
  public static double[][] relative(double[][] grid) {
    int layers = grid.length;
    if (layers == 0) {
      return grid;
    }
    int steps = grid[0].length;
    double[][] out = new double[layers][steps];
    for (int l = 0; l < layers; l++) {
      for (int t = 0; t < steps; t++) {
        double reference = steps > 1 ? grid[l][steps - 1] : grid[layers - 1][0];
        out[l][t] =
            reference == 0 || !Double.isFinite(reference) ? Double.NaN : grid[l][t] / reference;
      }
    }
    return out;
  }

  /** The finite probe with the largest gradient before clipping; the latest when none is finite. */
  static Probe peak(List<Probe> probes) {
    Probe best = null;
    for (Probe p : probes) {
      if (p.finite() && (best == null || p.globalNormBefore() > best.globalNormBefore())) {
        best = p;
      }
    }
    return best == null ? probes.getLast() : best;
  }
}
