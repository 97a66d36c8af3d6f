package gradflow.ui.classroom;

import gradflow.classroom.ClassRun;
import gradflow.classroom.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * What the sweep plot draws, without Vaadin: one point per finished run of the sweep's setting,
 * diverged runs apart, and the lesson's theory curve where there is one. Plain data, so that the
 * plot's honesty (which runs count, where a diverged run is drawn) is tested without a browser.
 */
record SweepPoints(List<Point> finished, List<Point> diverged, Theory theory, double top) {

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

  /**
   * The dashed curve: the gradient ratio if every step back (in time, or down a layer) scaled the
   * gradient by the same factor λ, i.e. λ^(T−1) or λ^(L−1).
   *
   * @param kind which law, {@link Kind#NONE} for none
   * @param curve the curve's points, empty for none
   * @param gain the fitted λ of {@link Kind#DEPTH}; NaN otherwise
   */
  record Theory(Kind kind, List<Point> curve, double gain) {
    static final Theory NONE = new Theory(Kind.NONE, List.of(), Double.NaN);

    /** Which theory, if any, the sweep has. */
    enum Kind {
      NONE,
      /** ρ^(T−1): a linear RNN's ratio over T steps, with λ the swept spectral radius. */
      SPECTRAL_RADIUS,
      /** λ^(L−1) over the swept number of layers L, with λ fitted to the room's finished runs. */
      DEPTH
    }
  }

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
    Theory theory = theory(sweep, measure, taskLength, ok);
    for (Point p : theory.curve()) {
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
   * The gradient ratio's theory for this sweep, if it has one: for the spectral radius the linear
   * prediction ρ^(T−1); for depth on a task of one time step (the ratio is then bottom layer over
   * top layer) λ^(L−1) with λ fitted to the finished runs, once two of them have a ratio. None for
   * the loss or other settings (a forget bias's σ(b)^(T−1) is tens of decades off the measured
   * ratio, because the gradient also flows through the gates), rather than a curve that would
   * mislead.
   */
  static Theory theory(Sweep sweep, Measure measure, int taskLength, List<Point> finished) {
    if (sweep == null || measure != Measure.RATIO) {
      return Theory.NONE;
    }
    if (SPECTRAL_RADIUS.equals(sweep.path())) {
      return new Theory(
          Theory.Kind.SPECTRAL_RADIUS,
          curve(sweep, rho -> Math.pow(rho, taskLength - 1)),
          Double.NaN);
    }
    if (sweep.isDepth() && taskLength == 1) {
      double gain = fittedGain(finished);
      return Double.isFinite(gain)
          ? new Theory(Theory.Kind.DEPTH, curve(sweep, l -> Math.pow(gain, l - 1)), gain)
          : Theory.NONE;
    }
    return Theory.NONE;
  }

  /**
   * λ of ratio = λ^(L−1), by least squares on the log scale the plot draws: log λ = Σ (L−1) log r /
   * Σ (L−1)² over the runs with a finite ratio. NaN with fewer than two such runs of more than one
   * layer, where a "fit" would only echo one point.
   */
  static double fittedGain(List<Point> finished) {
    double xy = 0;
    double xx = 0;
    int n = 0;
    for (Point p : finished) {
      double x = p.x() - 1;
      if (!p.offScale() && x > 0 && Double.isFinite(p.y()) && p.y() > 0) {
        xy += x * Math.log(p.y());
        xx += x * x;
        n++;
      }
    }
    return n >= 2 ? Math.exp(xy / xx) : Double.NaN;
  }

  private static List<Point> curve(Sweep sweep, DoubleUnaryOperator law) {
    double from = Math.min(sweep.from(), sweep.to());
    double to = Math.max(sweep.from(), sweep.to());
    List<Point> curve = new ArrayList<>();
    for (int i = 0; i < THEORY_POINTS; i++) {
      double x = from + i * (to - from) / (THEORY_POINTS - 1);
      double y = law.applyAsDouble(x);
      if (Double.isFinite(y) && y > 0) {
        curve.add(new Point(x, y, null, false));
      }
    }
    return curve;
  }
}
