package gradflow.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to train.
 *
 * @param steps 0 only probes the freshly initialised network
 * @param clipNorm when not null, the global gradient norm is clipped: g ← clipNorm · g / |g| when
 *     |g| > clipNorm; null means no norm clipping
 * @param clipValue not in DESIGN.md's example but implied by the clipping lesson: when not null,
 *     every gradient entry is clamped to [−clipValue, clipValue] before norm clipping; null means
 *     none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSpec(
    Optimizer optimizer,
    double learningRate,
    int batchSize,
    int steps,
    Double clipNorm,
    Double clipValue) {

  /** An optimiser. */
  public enum Optimizer implements Choice {
    SGD,
    MOMENTUM,
    RMSPROP,
    ADAM
  }
}
