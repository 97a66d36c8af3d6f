package gradflow.experiment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One row of the {@link SettingsTable}: a setting's place in the spec, its type, default, allowed
 * values and unit, which cells use it, and the keys of its words. Everything that reads, checks,
 * edits, describes or shows a setting asks its row rather than knowing the setting by name.
 *
 * <p>Its words live in the bundle {@code gradflow/i18n/messages[_<lang>].properties} under {@link
 * #labelKey()} and {@link #helpKey()} (and {@link #switchKey()} for an optional setting); {@link
 * #label()} and {@link #help()} read the English, for the REST API.
 */
public final class Setting {

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

  private final SettingRow row;
  private final Number max;

  /** The declared row with the configured limits filled in. */
  Setting(SettingRow row, SpecLimits limits) {
    this.row = row;
    this.max = row.maxFromLimits == null ? row.max : row.maxFromLimits.applyAsInt(limits);
  }

  /** The JSON path, with {@code []} for "every layer": "training.batchSize", "layers[].hidden". */
  public String path() {
    return row.path;
  }

  public Type type() {
    return row.type;
  }

  public Presence presence() {
    return row.presence;
  }

  /**
   * The value used when a spec leaves it out (Integer, Long, Double, Boolean or a choice's id),
   * null when it has none or when it follows another setting ({@link #defaultFrom()}).
   */
  public Object defaultValue() {
    return row.defaultValue;
  }

  /** The smallest allowed value (numbers) or the fewest elements (lists); null if none. */
  public Number min() {
    return row.min;
  }

  /** The largest allowed value or the most elements, with the configured limits; null if none. */
  public Number max() {
    return max;
  }

  /** The allowed ids of a choice, in menu order; empty otherwise. */
  public List<String> choices() {
    return row.choices;
  }

  /** For a layer setting, the ids of the cells that use it; empty: every cell. */
  public Set<String> cells() {
    return row.cells;
  }

  /** True for the layer's cell choice, which {@link #cells()} of the other settings refer to. */
  public boolean choosesCell() {
    return row.choosesCell;
  }

  /** The name of the switch beside it that must be on for it to be used; null if none. */
  public String onlyWhen() {
    return row.onlyWhen;
  }

  /** The name of the setting beside it that its default follows; null if none. */
  public String defaultFrom() {
    return row.defaultFrom;
  }

  /** The id of its unit ("steps"), whose words are {@code unit.<id>}; null if it has none. */
  public String unit() {
    return row.unit;
  }

  /** The step of a slider over its range, or null for a control without a slider. */
  public Double sliderStep() {
    return row.sliderStep;
  }

  /** False for a setting students do not change (the spec's version). */
  public boolean isEditable() {
    return row.editable;
  }

  /** True for a value rather than an object or a list. */
  public boolean isLeaf() {
    return row.type != Type.OBJECT && row.type != Type.LIST;
  }

  /** A value for the API's description: the explicit example, else the default, else a choice. */
  public Object example() {
    if (row.example != null) {
      return row.example;
    }
    if (row.defaultValue != null) {
      return row.defaultValue;
    }
    return row.choices.isEmpty() ? null : row.choices.getFirst();
  }

  /** The key of its short name, e.g. "Batch size". */
  public String labelKey() {
    return "setting." + row.path + ".label";
  }

  /** The key of its one sentence of help. */
  public String helpKey() {
    return "setting." + row.path + ".help";
  }

  /** The key of the words beside the switch that turns an optional setting on. */
  public String switchKey() {
    return "setting." + row.path + ".switch";
  }

  /** The key of its unit's words, or null. */
  public String unitKey() {
    return row.unit == null ? null : "unit." + row.unit;
  }

  /** The key of a choice's menu name. */
  public String choiceKey(String id) {
    return row.choiceKeyPattern.formatted(id);
  }

  /** A choice's English menu name when the words have none: the id, or what the table gives. */
  public String choiceEnglish(String id) {
    return row.choiceEnglish == null ? id : row.choiceEnglish.apply(id);
  }

  /** Its name in English, e.g. "Batch size". */
  public String label() {
    return EnglishWords.get(labelKey());
  }

  /** One sentence on what it does, in English. */
  public String help() {
    return EnglishWords.get(helpKey());
  }

  /** Its unit in English ("steps"), or null. */
  public String unitEnglish() {
    return row.unit == null ? null : EnglishWords.get(unitKey());
  }

  /** The last part of the path: the JSON property name. */
  public String name() {
    int dot = row.path.lastIndexOf('.');
    return row.path.substring(dot + 1);
  }

  /** The path of the object or list element that holds this setting ("" for the top level). */
  public String parent() {
    int dot = row.path.lastIndexOf('.');
    return dot < 0 ? "" : row.path.substring(0, dot);
  }

  /** True when a layer with this cell uses the setting. */
  public boolean appliesTo(String cell) {
    return row.cells.isEmpty() || row.cells.contains(cell);
  }

  /** What is allowed, as the end of a sentence: "a whole number between 1 and 256". */
  public String allowed() {
    String text =
        switch (row.type) {
          case OBJECT -> "an object {…}";
          case LIST -> "a list […] of " + between(min(), max) + " entries";
          case INTEGER -> "a whole number " + between(min(), max);
          case NUMBER -> "a number " + between(min(), max);
          case BOOLEAN -> "true or false";
          case CHOICE -> "one of " + String.join(", ", row.choices);
        };
    return row.presence == Presence.OPTIONAL ? text + " (or left out to switch it off)" : text;
  }

  @Override
  public String toString() {
    return row.path;
  }

  /** The spec's value (an enum constant) for one of {@link #choices()}. */
  Object fromId(String id) {
    return row.fromId.apply(id);
  }

  /** The id of a choice's value. */
  String toId(Object value) {
    return row.toId.apply(value);
  }

  /** The default when the setting it follows has this value. */
  Object defaultFollowing(Object value) {
    Function<Object, Object> f = row.derivedDefault;
    return value == null ? null : f.apply(value);
  }

  /** "layers[2].hidden is 512, but it must be a whole number between 1 and 256." */
  Violation outside(String field, String value) {
    return new Violation(
        field,
        value,
        field + " is " + value + ", but it must be " + allowed() + ".",
        "outside",
        Collections.singletonList(value));
  }

  /** Like {@link #outside}, for an integer above the range, with the table's note on that. */
  Violation above(String field, String value) {
    Violation plain = outside(field, value);
    return row.aboveMaxNote == null
        ? plain
        : new Violation(field, value, plain.message() + " " + row.aboveMaxNote);
  }

  /** "task.kind is missing; it must be one of adding, copy, …." */
  Violation missing(String field) {
    return new Violation(
        field, null, field + " is missing; it must be " + allowed() + ".", "missing", List.of());
  }

  /** True when a number (Integer, Long, Double, BigInteger, BigDecimal) lies in [min, max]. */
  boolean inRange(Number value) {
    if ((value instanceof Double || value instanceof Float)
        && !Double.isFinite(value.doubleValue())) {
      return false;
    }
    BigDecimal v = decimal(value);
    return (min() == null || v.compareTo(decimal(min())) >= 0)
        && (max == null || v.compareTo(decimal(max)) <= 0);
  }

  /** True when a number lies above the range. */
  boolean aboveRange(Number value) {
    return max != null && decimal(value).compareTo(decimal(max)) > 0;
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
