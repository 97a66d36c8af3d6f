package gradflow.experiment;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run has measured, bounded: the loss curve and the probes, both evenly thinned, plus the
 * latest probe, the last finite one and the peak (the finite probe with the largest gradient before
 * clipping) kept whatever the thinning dropped: an explosion lasts a few steps, and the page must
 * still be able to show it at the end. Guarded by its run's lock.
 */
final class RunHistory {
  private final RunSettings settings;
  private final Thinned<LossPoint> losses;
  private Thinned<Probe> probes;
  private Probe latest;
  private Probe lastFinite;
  private Probe peak;

  RunHistory(RunSettings settings) {
    this.settings = settings;
    this.losses = new Thinned<>(settings.maxLossPoints());
  }

  void loss(int step, double loss) {
    losses.offer(new LossPoint(step, loss));
  }

  void probe(Probe probe) {
    if (probes == null) {
      // A probe of a 64-layer stack of width 256 with its eigenvalues is megabytes: size the
      // history by the first one so that one run cannot fill the heap.
      long perProbe = Math.max(1, bytes(probe));
      long fits = settings.maxHistoryBytes() / perProbe;
      probes = new Thinned<>((int) Math.clamp(fits, 2, settings.maxProbes()));
    }
    probes.offer(probe);
    latest = probe;
    if (probe.finite()) {
      lastFinite = probe;
      if (peak == null || probe.globalNormBefore() > peak.globalNormBefore()) {
        peak = probe;
      }
    }
  }

  List<LossPoint> losses() {
    return losses.items();
  }

  /**
   * Every kept probe in step order, with the peak and the latest even when the thinning skipped
   * them.
   */
  List<Probe> probes() {
    if (probes == null) {
      return List.of();
    }
    List<Probe> kept = new ArrayList<>(probes.items());
    if (peak != null && !kept.contains(peak)) {
      int at = 0;
      while (at < kept.size() && kept.get(at).step() < peak.step()) {
        at++;
      }
      kept.add(at, peak);
    }
    if (kept.getLast() != latest) {
      kept.add(latest);
    }
    return kept;
  }

  Probe latest() {
    return latest;
  }

  Probe lastFinite() {
    return lastFinite;
  }

  /** About how many bytes a probe holds: eight per number, its arrays dominate. */
  static long bytes(Probe p) {
    long n = 16;
    n +=
        count(p.hiddenGrad())
            + count(p.cellGrad())
            + count(p.forgetGate())
            + count(p.spectralRadius());
    n += p.weightGrad() == null ? 0 : p.weightGrad().length;
    n += count(p.stepWeightGrad());
    n += p.depthGain() == null ? 0 : 2L * p.depthGain().length;
    for (var terms : p.cellTerms() == null ? new gradflow.engine.CellTerms[0] : p.cellTerms()) {
      n += terms == null ? 0 : 6L * terms.a().length;
    }
    for (var j :
        p.stepJacobian() == null ? new gradflow.engine.StepJacobian[0] : p.stepJacobian()) {
      n += j == null ? 0 : j.gain().length + 3L;
    }
    for (var m :
        p.gradientModes() == null ? new gradflow.engine.GradientModes[0] : p.gradientModes()) {
      n += m == null ? 0 : 3L * m.re().length + m.measured().length;
    }
    if (p.eigenvalues() != null) {
      for (Spectrum[] layer : p.eigenvalues()) {
        if (layer != null) {
          for (Spectrum s : layer) {
            n += s == null ? 0 : 2L * s.re().length + 4;
          }
        }
      }
    }
    return 8 * n;
  }

  private static long count(double[][] m) {
    long n = 0;
    if (m != null) {
      for (double[] row : m) {
        n += row == null ? 0 : row.length;
      }
    }
    return n;
  }
}
