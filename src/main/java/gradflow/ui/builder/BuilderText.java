package gradflow.ui.builder;

import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.Violation;
import gradflow.task.TaskKind;
import java.util.Map;

/**
 * Every word the builder shows that the settings table does not already hold, in one place for the
 * coming translation. Labels and help of the settings themselves come from the table.
 */
final class BuilderText {
  private BuilderText() {}

  static final String LESSON_LABEL = "Start from a lesson";
  static final String LESSON_PLACEHOLDER = "Choose a lesson…";
  static final String LAYERS_HEADING = "Layers, from the input up";
  static final String ADD_LAYER = "Add a layer";
  static final String SPECTRAL_SWITCH = "Spectral radius ρ of W_h";
  static final String CLIP_SWITCH = "Clip the gradient norm";
  static final String PROBLEMS_HEADING = "Before this can train";
  static final String NOTES_HEADING = "Worth knowing";
  static final String JSON_SUMMARY = "The experiment as JSON";
  static final String DIAGRAM_INPUT = "in";
  static final String DIAGRAM_OUTPUT = "out";

  /** Under the task: what its length counts, in the task's own words. */
  static String lengthNote(String meaning) {
    return "Length here is " + meaning + ".";
  }

  static String layerTitle(int index) {
    return "Layer " + (index + 1);
  }

  static String moveTowardsInput(int index) {
    return "Move layer " + (index + 1) + " towards the input";
  }

  static String moveTowardsOutput(int index) {
    return "Move layer " + (index + 1) + " towards the output";
  }

  static String remove(int index) {
    return "Remove layer " + (index + 1);
  }

  /** Names for the choices of settings; an id without a name here is shown as it is. */
  private static final Map<String, String> CHOICES =
      Map.ofEntries(
          Map.entry("layers[].cell/rnn", "Vanilla RNN"),
          Map.entry("layers[].cell/lstm", "LSTM"),
          Map.entry("layers[].cell/gru", "GRU"),
          Map.entry("layers[].cell/dense", "Feed-forward"),
          Map.entry("layers[].activation/tanh", "tanh"),
          Map.entry("layers[].activation/relu", "ReLU"),
          Map.entry("layers[].activation/sigmoid", "sigmoid"),
          Map.entry("layers[].activation/identity", "identity"),
          Map.entry("connection/plain", "Plain"),
          Map.entry("connection/residual", "Residual (He 2016)"),
          Map.entry("connection/dense", "Dense (DenseNet 2017)"),
          Map.entry("connection/highway", "Highway (2015)"),
          Map.entry("init.scheme/xavier", "Xavier (Glorot)"),
          Map.entry("init.scheme/he", "He"),
          Map.entry("init.scheme/orthogonal", "Orthogonal"),
          Map.entry("init.scheme/identity", "Identity"),
          Map.entry("init.scheme/normal", "Normal"),
          Map.entry("training.optimizer/sgd", "SGD"),
          Map.entry("training.optimizer/momentum", "SGD with momentum"),
          Map.entry("training.optimizer/rmsprop", "RMSprop"),
          Map.entry("training.optimizer/adam", "Adam"));

  /** The menu name of one choice of a setting (table path, e.g. "layers[].cell"). */
  static String choice(String path, String id) {
    if (path.equals("task.kind")) {
      return TaskKind.fromId(id).map(TaskKind::label).orElse(id);
    }
    return CHOICES.getOrDefault(path + "/" + id, id);
  }

  /** Short cell names for the diagram's boxes. */
  static String cellShort(String cell) {
    return switch (cell) {
      case "rnn" -> "RNN";
      case "lstm" -> "LSTM";
      case "gru" -> "GRU";
      default -> "FF";
    };
  }

  /** What the skip arcs of the diagram mean, one sentence per connection. */
  static String connectionLegend(String connection) {
    return switch (connection) {
      case "residual" ->
          "Residual: each arc adds a layer's input to its output, a straight path down.";
      case "highway" ->
          "Highway: along each dashed arc a learnt gate T lets part of a layer's input pass straight on.";
      case "dense" ->
          "Dense: every layer sees the outputs of all the layers below it and the input.";
      default -> "Plain: each layer sees only the layer below it.";
    };
  }

  /** Layer 2 of 3: LSTM with 32 hidden units. For the diagram's text alternative. */
  static String describeLayer(int index, String cell, int hidden, String option) {
    return layerTitle(index)
        + ": "
        + choice("layers[].cell", cell)
        + ", "
        + hidden
        + " hidden units"
        + (option == null ? "" : ", " + option)
        + ".";
  }

  static String describeStack(int layers, String connection) {
    return "Diagram of the stack: the input, then "
        + layers
        + (layers == 1 ? " layer" : " layers")
        + ", joined by "
        + choice("connection", connection).toLowerCase(java.util.Locale.ROOT)
        + " connections. ";
  }

  /**
   * A problem listed apart from any control: a top-level field's path becomes its label ("Layers
   * has no recurrent layer …"); a layer's field keeps its path, which says which layer.
   */
  static String listed(Violation v, SettingsTable table) {
    return v.field().contains("[")
        ? v.message()
        : table.forField(v.field()).map(s -> inline(v, s)).orElse(v.message());
  }

  /**
   * A problem as shown under its own control, where the field's path would only repeat what the
   * label says: "Hidden units is 9999, but it must be …".
   */
  static String inline(Violation v, Setting setting) {
    String m = v.message();
    return m.startsWith(v.field() + " ") ? setting.label() + m.substring(v.field().length()) : m;
  }

  /** "tanh", "forget gate, bias 1.0", "no forget gate", or null for a cell without options. */
  static String layerOption(String activation, Boolean forgetGate, Double forgetBias) {
    if (activation != null) {
      return activation;
    }
    if (forgetGate == null) {
      return null;
    }
    return forgetGate ? "forget gate, bias " + forgetBias : "no forget gate";
  }
}
