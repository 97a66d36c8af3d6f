package gradflow.ui.classroom;

import gradflow.classroom.ClassRun;
import gradflow.classroom.Sweep;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sweep plot draws, without Vaadin: one point per finished run of the sweep's setting,
 * diverged runs apart, and the lesson's theory curve where there is one. Plain data, so that the
 * plot's honesty (which runs count, where a diverged run is drawn) is tested without a browser.
 */
record SweepPoints(List<Point> finished, List<Point> diverged, List<Point> theory, double top) {

  /** What the y axis shows. */
  enum Measure {
    /** The last finite training loss. */
    LOSS,
    /** Gradient at the far end over the near end: first time step (or layer) over the last. */
    RATIO
  }

  /**
   * A run's point; {@code offScale} when its value was not finite (a diverged run's ratio) and it
   * is drawn at the top edge.
   */
  record Point(double x, double y, String nickname, boolean offScale) {}

  /** The spectral radius: for a linear RNN the gradient ratio over T steps is ρ^(T−1). */
  static final String SPECTRAL_RADIUS = "init.spectralRadius";

  /** How many points the theory curve has: smooth on any screen. */
  static final int THEORY_POINTS = 41;

  /**
   * @param runs the class's gallery; only runs of this sweep's setting with a value count
   * @param taskLength the class's sequence length T, for the theory curve
   */
  static SweepPoints of(List<ClassRun> runs, Sweep sweep, Measure measure, int taskLength) {
    List<Point> ok = new ArrayList<>();
    List<Point> bad = new ArrayList<>();
    double highest = 0;
    for (ClassRun run : runs) {
      if (sweep == null || !sweep.path().equals(run.sweepPath()) || run.sweepValue() == null) {
        continue;
      }
      Double y = measure == Measure.LOSS ? run.finalLoss() : run.gradientRatio();
      boolean usable = y != null && Double.isFinite(y) && y > 0;
      if (usable) {
        highest = Math.max(highest, y);
      }
      var point = new Point(run.sweepValue(), usable ? y : Double.NaN, run.nickname(), !usable);
      (run.diverged() ? bad : ok).add(point);
    }
    List<Point> theory = theory(sweep, measure, taskLength);
    for (Point p : theory) {
      highest = Math.max(highest, p.y());
    }
    // Off-scale points sit a decade above everything else, where a log axis still shows them.
    double top = highest > 0 ? highest * 10 : 10;
    return new SweepPoints(place(ok, top), place(bad, top), theory, top);
  }

  private static List<Point> place(List<Point> points, double top) {
    return points.stream()
        .map(p -> p.offScale() ? new Point(p.x(), top, p.nickname(), true) : p)
        .toList();
  }

  /**
   * The linear prediction ρ^(T−1) for a sweep of the spectral radius on the gradient ratio; none
   * for other settings, where no one-line theory holds, rather than a curve that would mislead.
   */
  static List<Point> theory(Sweep sweep, Measure measure, int taskLength) {
    if (sweep == null || measure != Measure.RATIO || !SPECTRAL_RADIUS.equals(sweep.path())) {
      return List.of();
    }
    double from = Math.min(sweep.from(), sweep.to());
    double to = Math.max(sweep.from(), sweep.to());
    List<Point> curve = new ArrayList<>();
    for (int i = 0; i < THEORY_POINTS; i++) {
      double rho = from + i * (to - from) / (THEORY_POINTS - 1);
      double ratio = Math.pow(rho, taskLength - 1);
      if (Double.isFinite(ratio) && ratio > 0) {
        curve.add(new Point(rho, ratio, null, false));
      }
    }
    return curve;
  }
}
