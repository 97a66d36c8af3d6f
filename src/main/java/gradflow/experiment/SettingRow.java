package gradflow.experiment;

import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * One setting as {@link SettingsTable} declares it, a line each: {@code
 * integer("training.batchSize").defaults(32).range(1, SpecLimits::maxBatchSize)}. Anything not said
 * takes the common case (defaulted, editable, no unit, every cell), so that a line says only what
 * sets the setting apart. {@link Setting} is the same row with the configured limits filled in.
 *
 * <p>Mutable only while the table's static list is being written; never changed after.
 */
final class SettingRow {
  final String path;
  final Type type;
  Presence presence = Presence.DEFAULTED;
  Object defaultValue;
  Number min;
  Number max;
  ToIntFunction<SpecLimits> maxFromLimits;
  List<String> choices = List.of();
  Function<String, Object> fromId;
  Function<Object, String> toId;
  String choiceKeyPattern;
  Function<String, String> choiceEnglish;
  boolean choosesCell;
  Set<String> cells = Set.of();
  String onlyWhen;
  String defaultFrom;
  Function<Object, Object> derivedDefault;
  String unit;
  Object example;
  Double sliderStep;
  boolean editable = true;
  String aboveMaxNote;

  private SettingRow(String path, Type type) {
    this.path = path;
    this.type = type;
    this.choiceKeyPattern = "choice." + path + ".%s";
  }

  static SettingRow integer(String path) {
    return new SettingRow(path, Type.INTEGER);
  }

  static SettingRow number(String path) {
    return new SettingRow(path, Type.NUMBER);
  }

  static SettingRow bool(String path) {
    return new SettingRow(path, Type.BOOLEAN);
  }

  static SettingRow object(String path) {
    return new SettingRow(path, Type.OBJECT);
  }

  static SettingRow list(String path) {
    return new SettingRow(path, Type.LIST);
  }

  /** A choice among the ids of a {@link Choice} enum, in its declaration order. */
  static <E extends Enum<E> & Choice> SettingRow choice(String path, Class<E> type) {
    return choice(
        path,
        Choice.ids(type),
        id ->
            Choice.fromId(type, id)
                .orElseThrow(() -> new IllegalArgumentException(id + " is not a " + path)),
        value -> ((Choice) value).id());
  }

  /** A choice among ids that another package defines (the task kinds), with their conversions. */
  static SettingRow choice(
      String path,
      List<String> ids,
      Function<String, Object> fromId,
      Function<Object, String> toId) {
    SettingRow row = new SettingRow(path, Type.CHOICE);
    row.choices = List.copyOf(ids);
    row.fromId = fromId;
    row.toId = toId;
    return row;
  }

  /** Must be given. */
  SettingRow required() {
    presence = Presence.REQUIRED;
    return this;
  }

  /** May be left out, which switches it off (no clipping, no rescaling). */
  SettingRow optional() {
    presence = Presence.OPTIONAL;
    return this;
  }

  /** The value when left out: a number, a switch, or a choice's enum constant. */
  SettingRow defaults(Object value) {
    defaultValue = value instanceof Enum<?> && toId != null ? toId.apply(value) : value;
    return this;
  }

  SettingRow range(Number min, Number max) {
    this.min = min;
    this.max = max;
    return this;
  }

  /** A range whose top an instructor configures ({@link SpecLimits}). */
  SettingRow range(Number min, ToIntFunction<SpecLimits> max) {
    this.min = min;
    this.maxFromLimits = max;
    return this;
  }

  /** This choice picks a layer's cell, which the other layer settings' {@link #cells} refer to. */
  SettingRow choosesCell() {
    choosesCell = true;
    return this;
  }

  /** Only layers of these cells use it; it is left out of the others. */
  SettingRow cells(Cell... used) {
    cells = Arrays.stream(used).map(Cell::id).collect(Collectors.toUnmodifiableSet());
    return this;
  }

  /** Used only while the switch of that name beside it is on (a forget gate's bias). */
  SettingRow onlyWhen(String switchName) {
    onlyWhen = switchName;
    return this;
  }

  /** Its default follows the setting of that name beside it (a task's own length). */
  SettingRow defaultFrom(String name, Function<Object, Object> defaultFor) {
    defaultFrom = name;
    derivedDefault = defaultFor;
    return this;
  }

  /** What one of it counts, as the key {@code unit.<id>} of the words: "steps". */
  SettingRow unit(String id) {
    unit = id;
    return this;
  }

  /** The value the API description shows, for a setting without a default. */
  SettingRow example(Object value) {
    example = value;
    return this;
  }

  /** Shown with a slider over its range, moving by this step. */
  SettingRow slider(double step) {
    sliderStep = step;
    return this;
  }

  /** Not for students to change (the spec format). */
  SettingRow fixed() {
    editable = false;
    return this;
  }

  /** A sentence added when a value is above the range, saying what that means. */
  SettingRow aboveMax(String note) {
    aboveMaxNote = note;
    return this;
  }

  /**
   * Where the menu names of the choices are: a key pattern with {@code %s} for the id, and the
   * English to fall back on when the words have none.
   */
  SettingRow choiceWords(String keyPattern, Function<String, String> english) {
    choiceKeyPattern = keyPattern;
    choiceEnglish = english;
    return this;
  }
}
