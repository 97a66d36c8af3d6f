package gradflow.experiment;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run has measured, bounded: the loss curve and the probes, both evenly thinned, plus the
 * latest and last finite probe kept whatever the thinning dropped. Guarded by its run's lock.
 */
final class RunHistory {
  private final RunSettings settings;
  private final Thinned<LossPoint> losses;
  private Thinned<Probe> probes;
  private Probe latest;
  private Probe lastFinite;

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
    }
  }

  List<LossPoint> losses() {
    return losses.items();
  }

  /** Every kept probe in step order, ending with the latest even when the thinning skipped it. */
  List<Probe> probes() {
    if (probes == null) {
      return List.of();
    }
    List<Probe> kept = new ArrayList<>(probes.items());
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
