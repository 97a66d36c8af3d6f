package gradflow.experiment;

import gradflow.engine.Probe;
import java.util.Comparator;
import java.util.List;

/** The peak probe of a run, found independently of the history that keeps it. */
final class HistoryPeak {
  private HistoryPeak() {}

  /** The finite probe with the largest gradient before clipping. */
  static Probe of(List<Probe> probes) {
    return probes.stream()
        .filter(Probe::finite)
        .max(Comparator.comparingDouble(Probe::globalNormBefore))
        .orElseThrow();
  }

  /** The step of the peak among every probe of a run of the spec, none thinned away. */
  static int step(ExperimentSpec spec) {
    Run all =
        RunFixtures.runToEnd(RunFixtures.standalone(spec, RunFixtures.settings(10, 1000, 100_000)));
    return of(all.probes()).step();
  }
}
