package gradflow.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import gradflow.experiment.LossPoint;
import gradflow.experiment.RunSnapshot;
import gradflow.export.ProbeJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code GET /api/runs/{id}}: a run as it is now.
 *
 * @param spec the spec as the run reads it, every default filled in
 * @param step the training steps taken so far
 * @param lossCurve the loss per step, evenly thinned past a configured number of points
 */
record RunView(
    String id,
    @Schema(
            allowableValues = {
              "queued",
              "running",
              "finished",
              "diverged",
              "cancelled",
              "failed",
              "stopped"
            })
        String status,
    boolean paused,
    @Schema(description = "why it ended: \"diverged at step k: …\", \"cancelled at step k\", …")
        String message,
    @JsonRawValue @Schema(type = "object") String spec,
    int step,
    int totalSteps,
    @Schema(description = "1 for the next run to start, while queued; 0 otherwise")
        int queuePosition,
    double stepsPerSecond,
    double baseline,
    List<LossPoint> lossCurve,
    ProbeJson latestProbe,
    ProbeJson lastFiniteProbe) {

  static RunView of(RunSnapshot s, String specJson) {
    return new RunView(
        s.id(),
        s.status().id(),
        s.paused(),
        s.message(),
        specJson,
        s.step(),
        s.totalSteps(),
        s.queuePosition(),
        s.stepsPerSecond(),
        s.baseline(),
        s.lossCurve(),
        ProbeJson.of(s.latestProbe()),
        ProbeJson.of(s.lastFiniteProbe()));
  }
}
