package gradflow.experiment;

import java.util.Optional;

/**
 * Where saved experiments are kept, behind unguessable slugs for share links. The persistence
 * package implements it; the API and the UI use it without knowing how it stores them.
 */
public interface ExperimentStore {

  /**
   * Saves a valid spec, with the recorded results of a run of it when given.
   *
   * @param canonicalSpec the spec's canonical JSON ({@link Specs#toJson}), so that equal specs are
   *     stored as equal text
   * @param results a finished or diverged run's results, or null to save the spec alone
   * @param clientId who saves (a browser session id or a remote address), for the per-client limit
   * @throws SaveRefusedException when a limit refuses it (too many saves, results too large)
   */
  SavedExperiment save(String canonicalSpec, RecordedResults results, String clientId);

  /** A run's slug, and whether this save stored it (false: an earlier save of the run did). */
  record RunSaved(String slug, boolean fresh) {}

  /**
   * Saves an ended run with its results, once: the same run saved again (a double click, a retry, a
   * loop) answers its first slug and stores nothing, since its results are megabytes.
   *
   * @throws IllegalStateException when the run has not ended as finished or diverged
   * @throws SaveRefusedException when a limit refuses it
   */
  default RunSaved saveRun(Run run, String canonicalSpec, String clientId) {
    synchronized (run) {
      var earlier = run.savedSlug();
      if (earlier.isPresent()) {
        return new RunSaved(earlier.get(), false);
      }
      if (!RecordedResults.recordable(run.status())) {
        throw new IllegalStateException("run " + run.id() + " is " + run.status().id());
      }
      SavedExperiment saved = save(canonicalSpec, RecordedResults.of(run), clientId);
      run.savedAs(saved.slug());
      return new RunSaved(saved.slug(), true);
    }
  }

  /** How many experiments are saved, for the operations meters. */
  long count();

  /** The experiment saved under a slug; empty for an unknown or malformed slug. */
  Optional<SavedExperiment> find(String slug);
}
