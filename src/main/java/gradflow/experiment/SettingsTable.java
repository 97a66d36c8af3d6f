package gradflow.experiment;

import static gradflow.experiment.ExperimentSpec.CURRENT_VERSION;
import static gradflow.experiment.ExperimentSpec.Connection.PLAIN;
import static gradflow.experiment.InitSpec.Scheme.XAVIER;
import static gradflow.experiment.LayerSpec.Activation.TANH;
import static gradflow.experiment.LayerSpec.Cell.DENSE;
import static gradflow.experiment.LayerSpec.Cell.INDRNN;
import static gradflow.experiment.LayerSpec.Cell.LSTM;
import static gradflow.experiment.LayerSpec.Cell.RNN;
import static gradflow.experiment.SettingRow.bool;
import static gradflow.experiment.SettingRow.choice;
import static gradflow.experiment.SettingRow.integer;
import static gradflow.experiment.SettingRow.list;
import static gradflow.experiment.SettingRow.number;
import static gradflow.experiment.SettingRow.object;
import static gradflow.experiment.TrainingSpec.Optimizer.ADAM;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.InitSpec.Scheme;
import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.TrainingSpec.Optimizer;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The single table of every spec setting, in the order the JSON writes them, one line each (like
 * tensorflow/playground's state.ts). The JSON reader, the validator, the URL codec, the builder's
 * controls, the API description and the engine's defaults all read their names, types, defaults,
 * limits, units and words from here; the configurable limits come from {@link SpecLimits}, the
 * words from the bundle by key ({@link Setting#labelKey()}).
 *
 * <p>A new setting is a line here, a component of the same name in the spec's record (checked when
 * the table is built: {@link SpecTree}), and its label and help in the words.
 */
public final class SettingsTable {
  /** Seeds above this lose digits in a browser, whose numbers are doubles. */
  public static final long MAX_SEED = (1L << 53) - 1;

  private static final int MIN_LENGTH =
      Arrays.stream(TaskKind.values()).mapToInt(TaskKind::minLength).min().orElse(1);

  private static final String NEWER_GRADFLOW =
      "It was saved by a newer GradFlow, which can still open it.";

  /** The table itself: one line per setting, each saying only how it differs from the usual. */
  private static List<SettingRow> rows() {
    return List.of(
        integer("version").defaults(1).range(1, CURRENT_VERSION).fixed().aboveMax(NEWER_GRADFLOW),
        object("task").required(),
        taskKinds("task.kind").required(),
        integer("task.length").range(MIN_LENGTH, SpecLimits::maxLength).defaultFrom("kind", LENGTH),
        list("layers").required().range(1, SpecLimits::maxLayers),
        choice("layers[].cell", Cell.class).required().choosesCell(),
        integer("layers[].hidden").defaults(32).range(1, SpecLimits::maxHidden),
        choice("layers[].activation", Activation.class).defaults(TANH).cells(RNN, INDRNN, DENSE),
        bool("layers[].forgetGate").defaults(true).cells(LSTM),
        number("layers[].forgetBias").defaults(1.0).range(-10.0, 10.0).cells(LSTM).onlyWhen(GATE),
        choice("connection", Connection.class).defaults(PLAIN),
        object("init"),
        choice("init.scheme", Scheme.class).defaults(XAVIER),
        number("init.spectralRadius").optional().range(0.0, 10.0).example(0.9).slider(0.05),
        object("training"),
        choice("training.optimizer", Optimizer.class).defaults(ADAM),
        number("training.learningRate").defaults(0.001).range(0.000001, 10.0),
        integer("training.batchSize").defaults(32).range(1, SpecLimits::maxBatchSize).unit(SEQS),
        integer("training.steps").defaults(2000).range(0, SpecLimits::maxSteps).unit(STEPS),
        number("training.clipNorm").optional().range(0.0001, 1000.0).example(1.0),
        number("training.clipValue").optional().range(0.0001, 1000.0).example(1.0),
        integer("probeEvery").defaults(10).range(1, l -> Math.max(1, l.maxSteps())).unit(STEPS),
        integer("seed").defaults(42L).range(0L, MAX_SEED));
  }

  private static final String GATE = "forgetGate";
  private static final String STEPS = "steps";
  private static final String SEQS = "sequences";

  /** A task's own length, the default of {@code task.length}. */
  private static final Function<Object, Object> LENGTH = id -> task((String) id).defaultLength();

  private final SpecLimits limits;
  private final Map<String, Setting> byPath = new LinkedHashMap<>();
  private final Map<String, List<Setting>> childrenByParent = new HashMap<>();
  private final SpecTree tree;

  private SettingsTable(SpecLimits limits) {
    this.limits = limits;
    for (SettingRow row : rows()) {
      Setting s = new Setting(row, limits);
      byPath.put(s.path(), s);
      childrenByParent.computeIfAbsent(s.parent(), p -> new ArrayList<>()).add(s);
    }
    childrenByParent.replaceAll((parent, children) -> List.copyOf(children));
    this.tree = new SpecTree(this);
  }

  /** The table for the given limits. */
  public static SettingsTable of(SpecLimits limits) {
    return new SettingsTable(limits);
  }

  /** The table for the default limits, for what does not depend on them (defaults, shape). */
  public static SettingsTable standard() {
    return Standard.TABLE;
  }

  public SpecLimits limits() {
    return limits;
  }

  /** Every setting, containers included, in the order the JSON writes them. */
  public List<Setting> settings() {
    return List.copyOf(byPath.values());
  }

  /** The setting at a table path such as {@code "layers[].hidden"}. */
  public Setting get(String path) {
    Setting s = byPath.get(path);
    if (s == null) {
      throw new IllegalArgumentException("no setting " + path);
    }
    return s;
  }

  /** The setting a concrete field such as {@code "layers[2].hidden"} belongs to. */
  public Optional<Setting> forField(String field) {
    return FieldPath.read(field).map(f -> byPath.get(f.tablePath()));
  }

  /**
   * The settings directly inside the object or list element at {@code parentPath} ("" for the top,
   * {@code "layers[]"} for a layer).
   */
  public List<Setting> children(String parentPath) {
    return childrenByParent.getOrDefault(parentPath, List.of());
  }

  /** The index of the list element that holds a field ("layers[2].hidden": 2), or -1. */
  public int elementIndex(String field) {
    return FieldPath.read(field).map(FieldPath::lastIndex).orElse(-1);
  }

  /** The value of a field as the controls show it: a choice's id, a number, a switch, or null. */
  public Object valueAt(ExperimentSpec spec, String field) {
    return tree.get(spec, field);
  }

  /**
   * The spec with a field set as a control sets it, and the settings that depend on it fitted: a
   * new cell brings the options it uses at their defaults and drops the others, a switch turned off
   * drops what it switches, a new task brings its own length. The value has the field's type (a
   * choice's id, a number, a switch); null leaves an optional setting out.
   */
  public ExperimentSpec edit(ExperimentSpec spec, String field, Object value) {
    return SpecEdit.apply(this, spec, field, value);
  }

  /** Every field of a spec, leaves only, in table order: "version", …, "layers[0].cell", …. */
  public List<String> fields(ExperimentSpec spec) {
    return tree.fields(spec);
  }

  /** A complete spec of every setting's {@link Setting#example()}, for the API description. */
  public ExperimentSpec example() {
    return tree.example();
  }

  SpecTree tree() {
    return tree;
  }

  /** The choice of a task kind, whose names the task package gives in English. */
  private static SettingRow taskKinds(String path) {
    return choice(path, TaskKind.ids(), SettingsTable::task, kind -> ((TaskKind) kind).id())
        .choiceWords("task.%s.label", id -> task(id).label());
  }

  private static TaskKind task(String id) {
    return TaskKind.fromId(id)
        .orElseThrow(() -> new IllegalArgumentException(id + " is not a task.kind"));
  }

  /** Built on first use, after the table's own static list. */
  private static final class Standard {
    static final SettingsTable TABLE = of(SpecLimits.DEFAULTS);
  }
}
