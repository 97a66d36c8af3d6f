package gradflow.experiment;

/**
 * One problem with a spec, in words a student understands.
 *
 * @param field where it is, as a path into the spec's JSON: {@code "layers[2].hidden"}, {@code
 *     "task.kind"}; {@code "spec"} for the document as a whole
 * @param value the offending value as written (JSON text, shortened if long), or null when it is
 *     missing
 * @param message a full sentence naming the field, the value and what is allowed, e.g.
 *     "layers[2].hidden is 512, but it must be a whole number between 1 and 256."
 */
public record Violation(String field, String value, String message) {

  /** The field name used for problems with the document as a whole (not JSON, too large, ...). */
  public static final String WHOLE_SPEC = "spec";
}
