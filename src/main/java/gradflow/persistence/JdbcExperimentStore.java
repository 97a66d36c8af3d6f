package gradflow.persistence;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.SaveRefusedException;
import gradflow.experiment.SavedExperiment;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/**
 * The {@link ExperimentStore} on Spring Data JDBC: one row per saved experiment, the spec and the
 * results as JSON text. Rows are only ever inserted, never updated: a share link always shows what
 * was saved.
 */
final class JdbcExperimentStore implements ExperimentStore {
  private final JdbcAggregateOperations jdbc;
  private final ExperimentSettings settings;
  private final InstantSource clock;
  private final SaveLimiter limiter;

  JdbcExperimentStore(
      JdbcAggregateOperations jdbc, ExperimentSettings settings, InstantSource clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
    this.limiter = new SaveLimiter(settings.perClientPerHour(), clock);
  }

  @Override
  public SavedExperiment save(String canonicalSpec, RecordedResults results, String clientId) {
    // Written first: results too large are refused before they count against the client.
    String resultsJson =
        results == null ? null : ResultsJson.write(results, settings.maxResultsBytes());
    if (jdbc.count(ExperimentRow.class) >= settings.maxTotal()) {
      throw new SaveRefusedException(
          SaveRefusedException.Reason.TOO_MANY,
          "The server already keeps "
              + settings.maxTotal()
              + " saved experiments, the most it may; an instructor can raise"
              + " gradflow.experiments.max-total. Retry later.",
          3600);
    }
    limiter.acquire(clientId);
    try {
      // Millisecond precision survives every database's timestamp type, so a reload is equal.
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      ExperimentRow row = insert(now, canonicalSpec, resultsJson);
      return toSaved(row, results == null ? null : ResultsJson.read(resultsJson));
    } catch (RuntimeException e) {
      limiter.release(clientId);
      throw e;
    }
  }

  @Override
  public long count() {
    return jdbc.count(ExperimentRow.class);
  }

  @Override
  public Optional<SavedExperiment> find(String slug) {
    if (!Slugs.wellFormed(slug)) {
      return Optional.empty();
    }
    return Optional.ofNullable(jdbc.findById(slug, ExperimentRow.class))
        .map(row -> toSaved(row, row.results() == null ? null : ResultsJson.read(row.results())));
  }

  private ExperimentRow insert(Instant now, String spec, String results) {
    // 128 random bits do not collide in practice; retrying keeps even that case from failing.
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbc.insert(new ExperimentRow(Slugs.next(), now, spec, results));
      } catch (DuplicateKeyException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static SavedExperiment toSaved(ExperimentRow row, RecordedResults results) {
    return new SavedExperiment(row.slug(), row.createdAt(), row.spec(), results);
  }
}
