package gradflow.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.SavedExperiment;
import gradflow.export.ProbeJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/experiments/{slug}}: a saved experiment.
 *
 * @param spec the spec's canonical JSON as it was saved
 * @param specLink the spec as a link code; null if it no longer reads under today's limits
 * @param results the run's recorded results, or null when the spec was saved alone
 */
record ExperimentView(
    String slug,
    Instant createdAt,
    String link,
    @JsonRawValue @Schema(type = "object") String spec,
    String specLink,
    Results results) {

  /**
   * What the run recorded, in the same JSON as {@code GET /api/runs/{id}} and its probes.
   *
   * @param probes the probes in step order, evenly thinned
   */
  record Results(
      @Schema(allowableValues = {"finished", "diverged"}) String status,
      String message,
      int step,
      int totalSteps,
      double baseline,
      List<LossPoint> lossCurve,
      List<ProbeJson> probes) {

    static Results of(RecordedResults r) {
      return r == null
          ? null
          : new Results(
              r.status().id(),
              r.message(),
              r.step(),
              r.totalSteps(),
              r.baseline(),
              r.lossCurve(),
              r.probes().stream().map(ProbeJson::of).toList());
    }
  }

  static ExperimentView of(SavedExperiment saved, String specLink) {
    return new ExperimentView(
        saved.slug(),
        saved.createdAt(),
        saved.link(),
        saved.spec(),
        specLink,
        Results.of(saved.results()));
  }
}
