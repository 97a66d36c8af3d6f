package gradflow.classroom;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.SavedExperiment;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ExperimentStore} in a map, with slugs counted up. */
final class MemoryExperimentStore implements ExperimentStore {
  final Map<String, SavedExperiment> saved = new ConcurrentHashMap<>();

  @Override
  public SavedExperiment save(String canonicalSpec, RecordedResults results, String clientId) {
    String slug = "slug" + "0".repeat(18) + String.format("%02d", saved.size());
    SavedExperiment s = new SavedExperiment(slug, Instant.now(), canonicalSpec, results);
    saved.put(slug, s);
    return s;
  }

  @Override
  public long count() {
    return saved.size();
  }

  @Override
  public Optional<SavedExperiment> find(String slug) {
    return Optional.ofNullable(saved.get(slug));
  }
}
