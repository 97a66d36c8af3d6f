package gradflow.experiment;

import java.util.List;

/**
 * A spec that cannot run, with every reason; the REST API answers it with 400 and the violations.
 */
public class InvalidSpecException extends RuntimeException {
  private final transient List<Violation> violations;

  public InvalidSpecException(List<Violation> violations) {
    super(violations.isEmpty() ? "invalid spec" : violations.getFirst().message());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
