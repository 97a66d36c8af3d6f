package gradflow.api;

import gradflow.experiment.Violation;
import java.util.List;

/**
 * {@code POST /api/runs}'s answer.
 *
 * @param status queued or running
 * @param cancelToken the capability to cancel this run: send it as {@code X-Run-Token} with {@code
 *     DELETE /api/runs/{id}}; only the creator receives it
 * @param warnings settings that are allowed but have no effect (e.g. a spectral radius without a
 *     recurrent layer)
 */
record RunCreated(
    String id, String status, int queuePosition, String cancelToken, List<Violation> warnings) {}
