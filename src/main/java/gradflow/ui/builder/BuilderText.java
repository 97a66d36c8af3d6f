package gradflow.ui.builder;

import gradflow.engine.CellKind;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.Violation;
import gradflow.task.TaskKind;
import gradflow.ui.i18n.I18n;
import gradflow.ui.i18n.ViolationText;
import java.util.Locale;

/**
 * Every word the builder shows that the settings table does not already hold, read from the UI's
 * bundle ({@code builder.*}, {@code choice.*}, {@code task.*}) in the current UI's language. Labels
 * and help of the settings themselves come from {@link gradflow.ui.i18n.SettingText}.
 */
final class BuilderText {
  private BuilderText() {}

  /** Beside a control a class's instructor fixed: shown, not hidden, and saying why. */
  static String fixed() {
    return I18n.t("builder.fixed");
  }

  static String lessonLabel() {
    return I18n.t("builder.lesson.label");
  }

  static String lessonPlaceholder() {
    return I18n.t("builder.lesson.placeholder");
  }

  static String layersHeading() {
    return I18n.t("builder.layers.heading");
  }

  static String addLayer() {
    return I18n.t("builder.layers.add");
  }

  /** Beside the greyed-out "Add a layer": why it is greyed out. */
  static String layerLimit(int most) {
    return I18n.t("builder.layers.limit", most);
  }

  /** The folded section with the settings that no region of the page places. */
  static String moreSettings() {
    return I18n.t("builder.more.summary");
  }

  static String problemsHeading() {
    return I18n.t("builder.problems.heading");
  }

  static String notesHeading() {
    return I18n.t("builder.notes.heading");
  }

  static String jsonSummary() {
    return I18n.t("builder.json.summary");
  }

  static String diagramInput() {
    return I18n.t("builder.diagram.input");
  }

  static String diagramOutput() {
    return I18n.t("builder.diagram.output");
  }

  /** Under the task: what its length counts, in the task's own words. */
  static String lengthNote(TaskKind kind) {
    return I18n.t("builder.lengthNote", lengthMeaning(kind));
  }

  /** What a task's length counts; the task's English is the fallback. */
  static String lengthMeaning(TaskKind kind) {
    return I18n.find(I18n.current(), "task." + kind.id() + ".length").orElse(kind.lengthMeaning());
  }

  static String layerTitle(int index) {
    return I18n.t("builder.layer.title", index + 1);
  }

  static String moveTowardsInput(int index) {
    return I18n.t("builder.layer.towardsInput", index + 1);
  }

  static String moveTowardsOutput(int index) {
    return I18n.t("builder.layer.towardsOutput", index + 1);
  }

  static String remove(int index) {
    return I18n.t("builder.layer.remove", index + 1);
  }

  /**
   * The menu name of one choice of a setting (table path, e.g. "layers[].cell"), for the diagram's
   * words about the cell and the connection, which have no settings table at hand.
   */
  static String choice(String path, String id) {
    return I18n.find(I18n.current(), "choice." + path + "." + id).orElse(id);
  }

  /**
   * Short cell names for the diagram's boxes: the cell's own ("LSTM"), unless the language has a
   * word for it ({@code builder.diagram.cell.<id>}, e.g. feed-forward).
   */
  static String cellShort(String cell) {
    return I18n.find(I18n.current(), "builder.diagram.cell." + cell)
        .orElseGet(() -> CellKind.parse(cell).shortName());
  }

  /** What the skip arcs of the diagram mean, one sentence per connection. */
  static String connectionLegend(String connection) {
    return switch (connection) {
      case "residual", "highway", "dense" -> I18n.t("builder.diagram.legend." + connection);
      default -> I18n.t("builder.diagram.legend.plain");
    };
  }

  /** Layer 2 of 3: LSTM with 32 hidden units. For the diagram's text alternative. */
  static String describeLayer(int index, String cell, int hidden, String option) {
    return option == null
        ? I18n.t("builder.diagram.layer", layerTitle(index), choice("layers[].cell", cell), hidden)
        : I18n.t(
            "builder.diagram.layerWithOption",
            layerTitle(index),
            choice("layers[].cell", cell),
            hidden,
            option);
  }

  static String describeStack(int layers, String connection) {
    return I18n.t(
        layers == 1 ? "builder.diagram.stackOne" : "builder.diagram.stack",
        layers,
        choice("connection", connection).toLowerCase(Locale.ROOT));
  }

  /** A problem listed apart from any control. */
  static String listed(Violation v, SettingsTable table) {
    return ViolationText.listed(v, table, I18n.current());
  }

  /** A problem as shown under its own control, where the label names the field. */
  static String inline(Violation v, SettingsTable table) {
    return ViolationText.inline(v, table, I18n.current());
  }

  /** "tanh", "forget gate, bias 1.0", "no forget gate", or null for a cell without options. */
  static String layerOption(String activation, Boolean forgetGate, Double forgetBias) {
    if (activation != null) {
      return activation;
    }
    if (forgetGate == null) {
      return null;
    }
    return forgetGate
        ? I18n.t("builder.diagram.forgetGate", forgetBias)
        : I18n.t("builder.diagram.noForgetGate");
  }
}
