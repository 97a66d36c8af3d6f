package gradflow.experiment;

import java.time.Instant;

/**
 * An experiment as it was saved.
 *
 * @param slug its unguessable key; the page link is {@code /x/{slug}}
 * @param spec the spec's canonical JSON as it was saved; read it with {@link Specs#read(String)},
 *     which checks it against today's limits
 * @param results what a run of it recorded, or null when only the spec was saved
 */
public record SavedExperiment(
    String slug, Instant createdAt, String spec, RecordedResults results) {

  /** The page that shows it (the UI's route). */
  public String link() {
    return "/x/" + slug;
  }
}
