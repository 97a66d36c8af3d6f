package gradflow.persistence;

import gradflow.engine.Probe;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.RunStatus;
import gradflow.experiment.SaveRefusedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recorded results as stored JSON text. Probes are written field for field as the engine's {@link
 * Probe} (the API's probe JSON without its derived {@code finite}); numbers that are not finite
 * become the strings "NaN", "Infinity" and "-Infinity", as in the API, and read back as such.
 *
 * <p>A run may hold up to {@code gradflow.runs.max-history-bytes} of probes, more than a saved
 * experiment should: results over the size limit keep an evenly thinned subset of their probes
 * (always the first and the last), and are refused only when even two probes do not fit.
 */
final class ResultsJson {
  /** The stored document's format; a later format reads this one by its number. */
  static final int VERSION = 1;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ResultsJson() {}

  /** The stored form of one run's results. */
  record Document(
      int version,
      String status,
      String message,
      int step,
      int totalSteps,
      double baseline,
      List<LossPoint> lossCurve,
      List<Probe> probes) {}

  /**
   * The results as JSON text of at most {@code maxBytes} UTF-8 bytes, their probes thinned if need
   * be.
   *
   * @throws SaveRefusedException when even the loss curve and two probes are too large
   */
  static String write(RecordedResults results, int maxBytes) {
    List<Probe> probes = results.probes();
    while (true) {
      String text = JSON.writeValueAsString(document(results, probes));
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes <= maxBytes) {
        return text;
      }
      if (probes.size() <= 2) {
        throw new SaveRefusedException(
            SaveRefusedException.Reason.TOO_LARGE,
            String.format(
                Locale.ROOT,
                "The run's results take %d bytes even with only %d of its probes, but a saved"
                    + " experiment may keep at most %d bytes of results; save the spec alone, or"
                    + " a run of fewer layers or a shorter sequence.",
                bytes,
                probes.size(),
                maxBytes),
            0);
      }
      probes = everyOther(probes);
    }
  }

  static RecordedResults read(String text) {
    Document d = JSON.readValue(text, Document.class);
    if (d.version() > VERSION) {
      throw new IllegalStateException(
          "stored results are format " + d.version() + ", newer than this GradFlow reads");
    }
    return new RecordedResults(
        RunStatus.valueOf(d.status().toUpperCase(Locale.ROOT)),
        d.message(),
        d.step(),
        d.totalSteps(),
        d.baseline(),
        d.lossCurve(),
        d.probes());
  }

  private static Document document(RecordedResults r, List<Probe> probes) {
    return new Document(
        VERSION,
        r.status().id(),
        r.message(),
        r.step(),
        r.totalSteps(),
        r.baseline(),
        r.lossCurve(),
        probes);
  }

  /** Every other probe, keeping the first and the last, so the steps stay evenly spread. */
  static List<Probe> everyOther(List<Probe> probes) {
    List<Probe> fewer = new ArrayList<>();
    for (int i = 0; i < probes.size() - 1; i += 2) {
      fewer.add(probes.get(i));
    }
    fewer.add(probes.getLast());
    return fewer;
  }
}
