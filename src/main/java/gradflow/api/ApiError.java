package gradflow.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gradflow.experiment.Violation;
import java.util.List;

/**
 * Every error the API answers, as JSON.
 *
 * @param status the HTTP status again, for clients that only keep the body
 * @param error a short word for the kind: invalid spec, not found, too large, busy, …
 * @param field where the problem is ("task.length", "spec" for the body as a whole, "id"), or null
 * @param message a sentence a student understands; for an invalid spec, the first violation's
 * @param errors every violation of an invalid spec
 * @param retryAfterSeconds with 429: when to try again (also in the Retry-After header)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(
    int status,
    String error,
    String field,
    String message,
    List<Violation> errors,
    Integer retryAfterSeconds) {

  static ApiError of(int status, String error, String field, String message) {
    return new ApiError(status, error, field, message, null, null);
  }
}
