package gradflow.experiment;

import java.util.List;

/**
 * What reading a spec gave: the spec (null when it could not even be read), the errors that make it
 * unusable and the warnings worth showing. A spec with errors may still be there, so that a form
 * can show it with the problems next to their fields.
 */
public record SpecResult(ExperimentSpec spec, List<Violation> errors, List<Violation> warnings) {

  public SpecResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  static SpecResult unreadable(List<Violation> errors) {
    return new SpecResult(null, errors, List.of());
  }

  /** True when the spec can run. */
  public boolean isValid() {
    return spec != null && errors.isEmpty();
  }

  /**
   * The spec, if it can run.
   *
   * @throws InvalidSpecException carrying the errors otherwise
   */
  public ExperimentSpec orElseThrow() {
    if (!isValid()) {
      throw new InvalidSpecException(errors);
    }
    return spec;
  }
}
