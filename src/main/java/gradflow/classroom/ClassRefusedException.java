package gradflow.classroom;

import gradflow.experiment.Violation;
import java.util.List;

/**
 * Class mode refused a request, with a sentence that says why and what to do, naming the field or
 * header at fault. Nothing was changed. The REST API answers each {@link Reason} with its status; a
 * page shows the message.
 */
public final class ClassRefusedException extends RuntimeException {
  /** Why. */
  public enum Reason {
    /** No instructor token is configured: class mode is off on this server. */
    OFF,
    /** An instructor operation without the instructor token. */
    NO_TOKEN,
    /** An instructor operation with a token that is not the instructor's. */
    WRONG_TOKEN,
    /** No class has this code (never had, or it expired long enough ago to be deleted). */
    NOT_FOUND,
    /** The class's code is known but the class has expired. */
    EXPIRED,
    /** The instructor has ended the class: it no longer takes students, runs or changes. */
    ENDED,
    /** A value is not allowed (a title, nickname, setting path, range); the field is named. */
    INVALID,
    /** The nickname is already someone's in this class. */
    TAKEN,
    /** The class has as many students as it may. */
    FULL,
    /** The class keeps as many runs as it may. */
    TOO_MANY_RUNS,
    /** A student operation without a student token, or with one this class does not know. */
    NOT_A_STUDENT,
    /** The spec changes a setting the instructor locked; {@link #violations()} names each. */
    LOCKED,
    /** No run of this class has that id. */
    NO_RUN
  }

  private final Reason reason;
  private final String field;
  private final transient List<Violation> violations;

  public ClassRefusedException(Reason reason, String field, String message) {
    this(reason, field, message, List.of());
  }

  public ClassRefusedException(
      Reason reason, String field, String message, List<Violation> violations) {
    super(message, null, false, false);
    this.reason = reason;
    this.field = field;
    this.violations = List.copyOf(violations);
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The field, parameter or header at fault ("nickname", "X-Instructor-Token", "code"); or null.
   */
  public String field() {
    return field;
  }

  /** With {@link Reason#LOCKED}: every locked setting the spec changed. */
  public List<Violation> violations() {
    return violations;
  }
}
