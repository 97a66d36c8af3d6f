package gradflow.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * One problem with a spec, in words a student understands.
 *
 * @param field where it is, as a path into the spec's JSON: {@code "layers[2].hidden"}, {@code
 *     "task.kind"}; {@code "spec"} for the document as a whole
 * @param value the offending value as written (JSON text, shortened if long), or null when it is
 *     missing
 * @param message a full sentence naming the field, the value and what is allowed, e.g.
 *     "layers[2].hidden is 512, but it must be a whole number between 1 and 256."
 * @param code what kind of problem it is ({@code "outside"}, {@code "missing"}, …), so that a UI
 *     can say the same in another language; null for the rarer problems that only have the English
 *     message
 * @param args the code's facts in the order its sentence uses them (values as written, ids)
 */
public record Violation(
    String field,
    String value,
    String message,
    @JsonIgnore String code,
    @JsonIgnore List<String> args) {

  /** The field name used for problems with the document as a whole (not JSON, too large, ...). */
  public static final String WHOLE_SPEC = "spec";

  public Violation {
    args = args == null ? List.of() : List.copyOf(args);
  }

  /**
   * Two violations are equal when they say the same thing: code and arguments only re-say the
   * message in other words, so they leave equality as it was before they existed.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v
        && Objects.equals(field, v.field)
        && Objects.equals(value, v.value)
        && Objects.equals(message, v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, message);
  }

  /** A problem with its English message only. */
  public Violation(String field, String value, String message) {
    this(field, value, message, null, List.of());
  }
}
