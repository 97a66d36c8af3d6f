package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.SaveRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * How the store's refusals are answered. (Over HTTP the per-client limit would be shared by every
 * test of the one app context, so the store's own test counts the saves; this checks the answer.)
 */
class SaveRefusalsTest {
  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void tooManySavesIsA429WithRetryAfter() {
    ResponseEntity<ApiError> r =
        handler.saveRefused(
            new SaveRefusedException(
                SaveRefusedException.Reason.TOO_MANY, "You have saved 30 …; retry in 42 s.", 42));

    assertThat(r.getStatusCode().value()).isEqualTo(429);
    assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("42");
    assertThat(r.getBody().retryAfterSeconds()).isEqualTo(42);
    assertThat(r.getBody().message()).contains("retry in 42 s");
  }

  @Test
  void resultsTooLargeEvenThinnedAreA413NamingRunId() {
    ResponseEntity<ApiError> r =
        handler.saveRefused(
            new SaveRefusedException(
                SaveRefusedException.Reason.TOO_LARGE, "… at most 4194304 bytes …", 0));

    assertThat(r.getStatusCode().value()).isEqualTo(413);
    assertThat(r.getBody().field()).isEqualTo("runId");
    assertThat(r.getHeaders().getFirst("Retry-After")).isNull();
  }
}
