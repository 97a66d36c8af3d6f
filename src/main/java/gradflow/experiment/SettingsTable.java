package gradflow.experiment;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.InitSpec.Scheme;
import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import gradflow.experiment.TrainingSpec.Optimizer;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The single table of every spec setting, in the order the JSON writes them (like
 * tensorflow/playground's state.ts). The JSON reader, the validator, the URL codec and the UI's
 * controls all read their names, types, defaults and limits from here; the configurable limits come
 * from {@link SpecLimits}.
 *
 * <p>One default is not a constant: {@code task.length} defaults to the chosen task's {@link
 * TaskKind#defaultLength()}, so that the depth task gets its length 1.
 */
public final class SettingsTable {
  /** Seeds above this lose digits in a browser, whose numbers are doubles. */
  public static final long MAX_SEED = (1L << 53) - 1;

  private final SpecLimits limits;
  private final Map<String, Setting> byPath = new LinkedHashMap<>();

  private SettingsTable(SpecLimits limits) {
    this.limits = limits;
    TaskKind[] kinds = TaskKind.values();
    int minLength = Arrays.stream(kinds).mapToInt(TaskKind::minLength).min().orElse(1);
    String lstm = Cell.LSTM.id();
    Set<String> rnnOrDense = Set.of(Cell.RNN.id(), Cell.DENSE.id());

    add(
        integer(
            "version",
            Presence.DEFAULTED,
            1,
            1,
            ExperimentSpec.CURRENT_VERSION,
            "Spec version",
            "The spec format; links saved by older GradFlow versions keep loading."));
    add(object("task", Presence.REQUIRED, "Task", "The synthetic problem the network learns."));
    add(
        choice(
            "task.kind",
            Presence.REQUIRED,
            null,
            TaskKind.ids(),
            "Task",
            "Which problem: each one hides a dependency across time (or, for spirals, depth)."));
    add(
        integer(
            "task.length",
            Presence.DEFAULTED,
            null,
            minLength,
            limits.maxLength(),
            "Length",
            "How far apart the things to connect are; left out, the task's own default."));
    add(
        new Setting(
            "layers",
            Type.LIST,
            Presence.REQUIRED,
            null,
            1,
            limits.maxLayers(),
            List.of(),
            Set.of(),
            "Layers",
            "The stack, from the input upwards."));
    add(
        choice(
            "layers[].cell",
            Presence.REQUIRED,
            null,
            Choice.ids(Cell.class),
            "Cell",
            "The kind of layer: vanilla RNN, LSTM, GRU, or a feed-forward layer."));
    add(
        integer(
            "layers[].hidden",
            Presence.DEFAULTED,
            32,
            1,
            limits.maxHidden(),
            "Hidden units",
            "The width of the layer's state h_t."));
    add(
        layer(
            choice(
                "layers[].activation",
                Presence.DEFAULTED,
                Activation.TANH.id(),
                Choice.ids(Activation.class),
                "Activation",
                "The non-linearity of an rnn or dense layer; identity makes the gradient a pure matrix power."),
            rnnOrDense));
    add(
        layer(
            new Setting(
                "layers[].forgetGate",
                Type.BOOLEAN,
                Presence.DEFAULTED,
                true,
                null,
                null,
                List.of(),
                Set.of(),
                "Forget gate",
                "Off gives the 1997 LSTM, whose cell state never forgets."),
            Set.of(lstm)));
    add(
        layer(
            number(
                "layers[].forgetBias",
                Presence.DEFAULTED,
                1.0,
                -10.0,
                10.0,
                "Forget-gate bias",
                "The forget gate's starting bias; 1 keeps the gate open early on."),
            Set.of(lstm)));
    add(
        choice(
            "connection",
            Presence.DEFAULTED,
            Connection.PLAIN.id(),
            Choice.ids(Connection.class),
            "Connection",
            "How layers are joined across depth: skips keep deep gradients alive."));
    add(object("init", Presence.DEFAULTED, "Initialisation", "How the weights start."));
    add(
        choice(
            "init.scheme",
            Presence.DEFAULTED,
            Scheme.XAVIER.id(),
            Choice.ids(Scheme.class),
            "Initialiser",
            "The random distribution of the starting weights."));
    add(
        number(
            "init.spectralRadius",
            Presence.OPTIONAL,
            null,
            0.0,
            10.0,
            "Spectral radius",
            "Rescales every recurrent matrix to this largest |eigenvalue|: below 1 vanishes, above 1 explodes."));
    add(object("training", Presence.DEFAULTED, "Training", "How the network is trained."));
    add(
        choice(
            "training.optimizer",
            Presence.DEFAULTED,
            Optimizer.ADAM.id(),
            Choice.ids(Optimizer.class),
            "Optimiser",
            "The update rule."));
    add(
        number(
            "training.learningRate",
            Presence.DEFAULTED,
            0.001,
            0.000001,
            10.0,
            "Learning rate",
            "The step size of each update."));
    add(
        integer(
            "training.batchSize",
            Presence.DEFAULTED,
            32,
            1,
            limits.maxBatchSize(),
            "Batch size",
            "Sequences per training step."));
    add(
        integer(
            "training.steps",
            Presence.DEFAULTED,
            2000,
            0,
            limits.maxSteps(),
            "Steps",
            "Training steps; 0 only probes the freshly initialised network."));
    add(
        number(
            "training.clipNorm",
            Presence.OPTIONAL,
            null,
            0.0001,
            1000.0,
            "Clip norm",
            "Rescales the whole gradient to this norm when it is longer; left out, no clipping."));
    add(
        number(
            "training.clipValue",
            Presence.OPTIONAL,
            null,
            0.0001,
            1000.0,
            "Clip value",
            "Clamps each gradient entry to ± this; left out, no clamping."));
    add(
        integer(
            "probeEvery",
            Presence.DEFAULTED,
            10,
            1,
            Math.max(1, limits.maxSteps()),
            "Probe every",
            "Steps between gradient probes (one is always taken at step 0)."));
    add(
        new Setting(
            "seed",
            Type.INTEGER,
            Presence.DEFAULTED,
            42L,
            0L,
            MAX_SEED,
            List.of(),
            Set.of(),
            "Seed",
            "Seeds the weights and the batches: the same seed gives the same numbers."));
  }

  /** The table for the given limits. */
  public static SettingsTable of(SpecLimits limits) {
    return new SettingsTable(limits);
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
    return Optional.ofNullable(byPath.get(field.replaceAll("\\[\\d+]", "[]")));
  }

  /**
   * The settings directly inside the object or list element at {@code parentPath} ("" for the top).
   */
  public List<Setting> children(String parentPath) {
    List<Setting> children = new ArrayList<>();
    for (Setting s : byPath.values()) {
      if (s.parent().equals(parentPath)) {
        children.add(s);
      }
    }
    return children;
  }

  private void add(Setting s) {
    byPath.put(s.path(), s);
  }

  private static Setting layer(Setting s, Set<String> cells) {
    return new Setting(
        s.path(),
        s.type(),
        s.presence(),
        s.defaultValue(),
        s.min(),
        s.max(),
        s.choices(),
        cells,
        s.label(),
        s.help());
  }

  private static Setting object(String path, Presence presence, String label, String help) {
    return new Setting(
        path, Type.OBJECT, presence, null, null, null, List.of(), Set.of(), label, help);
  }

  private static Setting choice(
      String path,
      Presence presence,
      String dflt,
      List<String> choices,
      String label,
      String help) {
    return new Setting(
        path, Type.CHOICE, presence, dflt, null, null, choices, Set.of(), label, help);
  }

  private static Setting integer(
      String path, Presence presence, Integer dflt, int min, int max, String label, String help) {
    return new Setting(
        path, Type.INTEGER, presence, dflt, min, max, List.of(), Set.of(), label, help);
  }

  private static Setting number(
      String path,
      Presence presence,
      Double dflt,
      double min,
      double max,
      String label,
      String help) {
    return new Setting(
        path, Type.NUMBER, presence, dflt, min, max, List.of(), Set.of(), label, help);
  }
}
