package gradflow.experiment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One row of the {@link SettingsTable}: a setting's place in the spec, its type, default and
 * allowed values, and the words the UI shows for it.
 *
 * @param path the JSON path, with {@code []} for "every layer": {@code "training.batchSize"},
 *     {@code "layers[].hidden"}
 * @param type what kind of value it holds
 * @param presence whether it must be given, has a default, or may be left out to switch it off
 * @param defaultValue the value used when the spec leaves it out (Integer, Long, Double, Boolean or
 *     the String id of a choice), null when it has none
 * @param min the smallest allowed value (for numbers), or the fewest elements (for lists); null if
 *     none
 * @param max the largest allowed value, or the most elements; null if none
 * @param choices the allowed ids for {@link Type#CHOICE}, in menu order; empty otherwise
 * @param cells for layer settings, the cell ids that use it (empty: every cell)
 * @param label a short name for the control, e.g. "Batch size"
 * @param help one sentence on what it does, for a tooltip
 */
public record Setting(
    String path,
    Type type,
    Presence presence,
    Object defaultValue,
    Number min,
    Number max,
    List<String> choices,
    Set<String> cells,
    String label,
    String help) {

  /** What kind of value a setting holds. */
  public enum Type {
    OBJECT,
    LIST,
    INTEGER,
    NUMBER,
    BOOLEAN,
    CHOICE
  }

  /** Whether a setting may be left out of a spec. */
  public enum Presence {
    /** Must be given. */
    REQUIRED,
    /** Takes {@link #defaultValue()} when left out. */
    DEFAULTED,
    /** May be left out or null, which switches it off (e.g. no clipping). */
    OPTIONAL
  }

  public Setting {
    choices = List.copyOf(choices);
    cells = Set.copyOf(cells);
  }

  /** The last part of the path: the JSON property name. */
  public String name() {
    int dot = path.lastIndexOf('.');
    return path.substring(dot + 1);
  }

  /** The path of the object or list that holds this setting ("" for the top level). */
  public String parent() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** True when a layer with this cell uses the setting. */
  public boolean appliesTo(String cell) {
    return cells.isEmpty() || cells.contains(cell);
  }

  /** What is allowed, as the end of a sentence: "a whole number between 1 and 256". */
  public String allowed() {
    String text =
        switch (type) {
          case OBJECT -> "an object {…}";
          case LIST -> "a list […] of " + between(min, max) + " entries";
          case INTEGER -> "a whole number " + between(min, max);
          case NUMBER -> "a number " + between(min, max);
          case BOOLEAN -> "true or false";
          case CHOICE -> "one of " + String.join(", ", choices);
        };
    return presence == Presence.OPTIONAL ? text + " (or left out to switch it off)" : text;
  }

  /** "layers[2].hidden is 512, but it must be a whole number between 1 and 256." */
  Violation outside(String field, String value) {
    return new Violation(
        field,
        value,
        field + " is " + value + ", but it must be " + allowed() + ".",
        "outside",
        java.util.Collections.singletonList(value));
  }

  /** "task.kind is missing; it must be one of adding, copy, …." */
  Violation missing(String field) {
    return new Violation(
        field, null, field + " is missing; it must be " + allowed() + ".", "missing", List.of());
  }

  /** True when a number (Integer, Long, Double) lies in [min, max]. */
  boolean inRange(Number value) {
    if ((value instanceof Double || value instanceof Float)
        && !Double.isFinite(value.doubleValue())) {
      return false;
    }
    BigDecimal v = decimal(value);
    return (min == null || v.compareTo(decimal(min)) >= 0)
        && (max == null || v.compareTo(decimal(max)) <= 0);
  }

  private static String between(Number min, Number max) {
    if (min != null && max != null && format(min).equals(format(max))) {
      return "exactly " + format(min);
    }
    if (min != null && max != null) {
      return "between " + format(min) + " and " + format(max);
    }
    if (min != null) {
      return "of at least " + format(min);
    }
    return max == null ? "" : "of at most " + format(max);
  }

  /** Plain decimal text without exponent or trailing zeros: 0.000001, 1000, 0.5. */
  static String format(Number n) {
    return decimal(n).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof Double || n instanceof Float
        ? BigDecimal.valueOf(n.doubleValue())
        : new BigDecimal(n.toString());
  }
}
