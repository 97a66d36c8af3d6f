package gradflow.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the weights start.
 *
 * @param spectralRadius when not null, every recurrent matrix W_h is rescaled so that its largest
 *     |eigenvalue| equals it; null leaves the scheme's own scale. It has no effect on a stack
 *     without recurrent layers (accepted, with a warning).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InitSpec(Scheme scheme, Double spectralRadius) {

  /** A weight initialiser. */
  public enum Scheme implements Choice {
    XAVIER,
    HE,
    ORTHOGONAL,
    IDENTITY,
    NORMAL
  }
}
