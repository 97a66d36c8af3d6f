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

  /**
   * Which rule a refusal applied, for a page that words it in its own language: a message key
   * ({@code name.tooLong}, {@code full}) and its arguments; for an {@link Reason#INVALID} value the
   * field's name first.
   */
  public record Rule(String key, List<Object> args) {
    public Rule {
      args = List.copyOf(args);
    }
  }

  private final Reason reason;
  private final String field;
  private final transient List<Violation> violations;
  private final transient Rule rule;

  public ClassRefusedException(Reason reason, String field, String message) {
    this(reason, field, message, List.of());
  }

  /** An {@link Reason#INVALID} value that broke a rule, worded in English by {@code message}. */
  public ClassRefusedException(String field, Rule rule, String message) {
    this(Reason.INVALID, field, rule, message);
  }

  /**
   * A refusal that a page words from {@code rule} in its own language, and the REST API by {@code
   * message} in English.
   */
  public ClassRefusedException(Reason reason, String field, Rule rule, String message) {
    super(message, null, false, false);
    this.reason = reason;
    this.field = field;
    this.violations = List.of();
    this.rule = rule;
  }

  public ClassRefusedException(
      Reason reason, String field, String message, List<Violation> violations) {
    super(message, null, false, false);
    this.reason = reason;
    this.field = field;
    this.violations = List.copyOf(violations);
    this.rule = null;
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

  /** The rule the refusal applied, when there is one a page can word itself; or null. */
  public Rule rule() {
    return rule;
  }

  /** With {@link Reason#LOCKED}: every locked setting the spec changed. */
  public List<Violation> violations() {
    return violations;
  }
}
