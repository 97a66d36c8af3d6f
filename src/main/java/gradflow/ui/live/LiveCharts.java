package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import gradflow.engine.Probe;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RunSnapshot;
import gradflow.ui.explain.Explanation;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of one run, fed with its snapshots. Each chart is redrawn only when its own data
 * changed, and in place.
 */
public class LiveCharts extends Div {

  private final GradientHeatmap heatmap =
      new GradientHeatmap("gradient-heatmap", I18n.t("chart.heatmap.title"));
  private final LossChart loss = new LossChart("loss-chart");
  private final WeightGradChart weights = new WeightGradChart("weight-grad-chart");
  private final GradientHistory history = new GradientHistory("gradient-history");
  private final ForgetGateHeatmap forgetGates = new ForgetGateHeatmap("forget-gate-heatmap");
  private final DecayProfileChart decay = new DecayProfileChart("decay-profile");
  private final EigenvalueChart eigenvalues = new EigenvalueChart("eigenvalues");
  private final GradientModesChart modes = new GradientModesChart("gradient-modes");
  private final CellTermsChart cellTerms = new CellTermsChart("cell-terms");
  private final CellProductsChart cellProducts = new CellProductsChart("cell-products");
  private final StepWeightGradChart stepWeightGrad = new StepWeightGradChart("step-weight-grad");
  private final DepthJacobianChart depth = new DepthJacobianChart("depth-jacobian");
  private final SpectralRadiusChart spectralRadius = new SpectralRadiusChart("spectral-radius");
  private final HeatmapViewPicker picker = new HeatmapViewPicker("heatmap-view", this::setView);
  private HeatmapView view = HeatmapView.LATEST;
  private RunSnapshot lastRun;
  private List<Probe> lastProbes = List.of();
  private Probe shownLatest;
  private Probe shownProbe;
  private boolean shownRelative;
  private int shownLossPoints = -1;
  private int gridLayers = -1;
  private int gridSteps = -1;
  private final List<Runnable> resetListeners = new ArrayList<>();
  private final List<Runnable> clearListeners = new ArrayList<>();

  public LiveCharts() {
    addClassName("gf-live");
    var training = new Div(loss, weights, depth);
    training.addClassName("gf-live-row");
    // The derivations' charts hide themselves where the stack has nothing for them (the LSTM terms
    // without an LSTM, the eigen-modes without a vanilla RNN), so the grid closes up around them.
    var why = new Div(decay, eigenvalues, modes, cellTerms, cellProducts, stepWeightGrad);
    why.addClassName("gf-live-row");
    // The forget gates sit right under the gradients, on the same time axis: the gradient survives
    // exactly where f_t stays near 1.
    add(picker, heatmap, forgetGates, history, training, why, spectralRadius);
    explain(heatmap, "gradient-heatmap");
    explain(forgetGates, "forget-gate-heatmap");
    explain(history, "gradient-history");
    explain(loss, "loss-chart");
    explain(weights, "weight-grad-chart");
    explain(decay, "decay-profile");
    explain(eigenvalues, "eigenvalues");
    explain(spectralRadius, "spectral-radius");
    explain(modes, "gradient-modes");
    explain(cellTerms, "cell-terms");
    explain(cellProducts, "cell-products");
    explain(stepWeightGrad, "step-weight-grad");
    explain(depth, "depth-jacobian");
  }

  /** Puts a chart's collapsed "Why?" panel at its foot, under its numbers. */
  private static void explain(Div chart, String chartId) {
    chart.add(Explanation.ofChart(chartId));
  }

  /** Hears every {@link #reset}: a page shows the charts once a run has started. */
  public void addResetListener(Runnable listener) {
    resetListeners.add(listener);
  }

  /**
   * Which probe the per-probe charts show (heatmaps, decay, eigenvalues, weight gradients), and the
   * heatmap absolute or relative; e.g. a lesson's own choice when it loads. Redraws at once from
   * the probes the run kept, so it works after the run has ended too.
   */
  public void setView(HeatmapView view) {
    this.view = view;
    picker.set(view);
    shownProbe = null;
    shownLatest = null;
    if (lastRun != null) {
      show(lastRun, lastProbes);
    }
  }

  public HeatmapView view() {
    return view;
  }

  /** Hears every {@link #clear}: a page then shows what it showed before any run. */
  public void addClearListener(Runnable listener) {
    clearListeners.add(listener);
  }

  /**
   * Takes the charts away with their run (Reset): nothing of the old run stays on screen, and the
   * next {@link #reset} starts them afresh.
   */
  public void clear() {
    lastRun = null;
    lastProbes = List.of();
    shownLatest = null;
    shownProbe = null;
    shownLossPoints = -1;
    clearListeners.forEach(Runnable::run);
  }

  /** Clears the charts for a new run. */
  public void reset(int layers, int totalSteps, double baseline) {
    resetListeners.forEach(Runnable::run);
    lastRun = null;
    lastProbes = List.of();
    shownLatest = null;
    shownProbe = null;
    shownLossPoints = -1;
    gridLayers = -1;
    gridSteps = -1;
    loss.reset(totalSteps, baseline);
    weights.reset(layers);
    history.reset();
    forgetGates.reset();
    decay.reset();
    eigenvalues.reset();
    spectralRadius.reset();
    derivations().forEach(LogLinesChart::reset);
  }

  /** The charts of the derivations' quantities, each drawn from one probe. */
  private List<LogLinesChart> derivations() {
    return List.of(modes, cellTerms, cellProducts, stepWeightGrad, depth);
  }

  /**
   * Shows a snapshot: the latest probe in the heatmap and the bars, the probes so far in the
   * history, the loss curve so far.
   *
   * @param probes the run's probes so far, in step order (thinned by the run)
   */
  public void show(RunSnapshot run, List<Probe> probes) {
    lastRun = run;
    lastProbes = probes;
    var latest = run.latestProbe();
    var all = probes.isEmpty() && latest != null ? List.of(latest) : probes;
    var chosen = view.pick(all);
    if (chosen != null && chosen != shownProbe) {
      showProbe(chosen, clippedFraction(all));
    }
    if (latest != null && (latest != shownLatest || chosen != shownProbe)) {
      history.show(all, chosen);
      spectralRadius.show(all);
    }
    if (run.lossCurve().size() != shownLossPoints || latest != shownLatest) {
      shownLossPoints = run.lossCurve().size();
      loss.show(points(run.lossCurve()), run.totalSteps(), run.baseline());
    }
    shownLatest = latest;
    shownProbe = chosen;
  }

  private void showProbe(Probe probe, double clippedFraction) {
    double[][] grid = view.grid(probe);
    int steps = grid.length == 0 ? 0 : grid[0].length;
    if (grid.length != gridLayers || steps != gridSteps || view.relative() != shownRelative) {
      heatmap.reset(grid.length, steps, view.relative());
      gridLayers = grid.length;
      gridSteps = steps;
      shownRelative = view.relative();
    }
    heatmap.setViewCaption(HeatmapViewPicker.caption(view, probe, steps == 1));
    heatmap.show(grid);
    // Only an LSTM has a forget gate; for other stacks the panel would only say so.
    forgetGates.setVisible(hasForgetGates(probe));
    forgetGates.show(probe);
    // With a single time step there is no distance to decay over: depth is shown by the others.
    decay.setVisible(steps > 1);
    decay.show(probe);
    eigenvalues.show(probe);
    derivations().forEach(chart -> chart.show(probe));
    weights.show(probe.weightGrad(), probe.readoutGrad(), clippedFraction);
  }

  static boolean hasForgetGates(Probe probe) {
    return probe.forgetGate() != null
        && java.util.Arrays.stream(probe.forgetGate()).anyMatch(row -> row != null);
  }

  /** The share of probed steps whose update was clipped. */
  static double clippedFraction(List<Probe> probes) {
    if (probes.isEmpty()) {
      return 0;
    }
    return probes.stream().filter(Probe::clipped).count() / (double) probes.size();
  }

  private static List<double[]> points(List<LossPoint> curve) {
    var points = new ArrayList<double[]>(curve.size());
    for (var point : curve) {
      points.add(new double[] {point.step(), point.loss()});
    }
    return points;
  }
}
