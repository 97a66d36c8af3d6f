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

  /** The experiment saved under a slug; empty for an unknown or malformed slug. */
  Optional<SavedExperiment> find(String slug);
}
