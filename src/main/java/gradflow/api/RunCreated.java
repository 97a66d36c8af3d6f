package gradflow.api;

import gradflow.experiment.Violation;
import java.util.List;

/**
 * {@code POST /api/runs}'s answer.
 *
 * @param status queued or running
 * @param warnings settings that are allowed but have no effect (e.g. a spectral radius without a
 *     recurrent layer)
 */
record RunCreated(String id, String status, int queuePosition, List<Violation> warnings) {}
