package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.INVALID;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.LayerSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.Setting.Type;
import gradflow.experiment.SettingsTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which settings a class can sweep, and a student's spec with their value: any editable numeric
 * setting of the table within its limits, and the number of layers ({@link Sweep#DEPTH}). A layer
 * setting ({@code "layers[].forgetBias"}) is set on every layer that uses it.
 */
final class Sweeps {
  private Sweeps() {}

  /**
   * The sweep the instructor asked for, checked against the table.
   *
   * @throws ClassRefusedException naming path, from, to or count
   */
  static Sweep plan(SettingsTable table, String path, double from, double to, int count) {
    Setting s = path == null ? null : Locks.setting(table, path);
    if (s == null || !sweepable(s)) {
      throw new ClassRefusedException(
          INVALID,
          "path",
          "path "
              + (path == null
                  ? "is missing"
                  : "\"" + Names.shorten(path) + "\" is not a numeric setting")
              + "; a sweep takes one of "
              + String.join(", ", numericPaths(table))
              + " (layers: the number of layers).");
    }
    if (count < Sweep.MIN_COUNT || count > Sweep.MAX_COUNT) {
      throw new ClassRefusedException(
          INVALID,
          "count",
          "count is "
              + count
              + ", but it must be between "
              + Sweep.MIN_COUNT
              + " and "
              + Sweep.MAX_COUNT
              + ".");
    }
    inRange(s, "from", from);
    inRange(s, "to", to);
    return Sweep.of(path, from, to, count, s.type() != Type.NUMBER);
  }

  /** The spec with a sweep's value set: every layer that uses a layer setting, or the depth. */
  static ExperimentSpec apply(SettingsTable table, ExperimentSpec spec, Sweep sweep, double value) {
    if (sweep.isDepth()) {
      List<LayerSpec> layers = new ArrayList<>(spec.layers());
      int depth = (int) Math.round(value);
      while (layers.size() < depth) {
        layers.add(layers.getLast());
      }
      return spec.with(Sweep.DEPTH, layers.subList(0, depth));
    }
    Setting s = table.get(sweep.path());
    Object number = s.type() == Type.NUMBER ? (Object) value : (Object) Math.round(value);
    ExperimentSpec out = spec;
    for (String field : fieldsUsing(table, spec, s)) {
      out = table.edit(out, field, number);
    }
    return out;
  }

  /**
   * Whether the sweep changes anything in this spec: false for a layer setting that no layer uses
   * (a forget bias in a stack without an LSTM with its gate).
   */
  static boolean appliesTo(SettingsTable table, ExperimentSpec spec, Sweep sweep) {
    return sweep.isDepth() || !fieldsUsing(table, spec, table.get(sweep.path())).isEmpty();
  }

  private static List<String> fieldsUsing(SettingsTable table, ExperimentSpec spec, Setting s) {
    if (!s.path().startsWith("layers[].")) {
      return List.of(s.path());
    }
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < spec.layers().size(); i++) {
      String layer = "layers[" + i + "].";
      boolean used =
          s.appliesTo(String.valueOf(table.valueAt(spec, layer + "cell")))
              && (s.onlyWhen() == null
                  || Boolean.TRUE.equals(table.valueAt(spec, layer + s.onlyWhen())));
      if (used) {
        fields.add(layer + s.name());
      }
    }
    return fields;
  }

  private static void inRange(Setting s, String field, double v) {
    boolean ok =
        Double.isFinite(v)
            && (s.min() == null || v >= s.min().doubleValue())
            && (s.max() == null || v <= s.max().doubleValue());
    if (!ok) {
      String allowed =
          s.type() == Type.LIST
              ? "a number of layers between " + s.min() + " and " + s.max()
              : s.allowed();
      throw new ClassRefusedException(
          INVALID, field, field + " is " + v + ", but " + s.path() + " must be " + allowed + ".");
    }
  }

  private static List<String> numericPaths(SettingsTable table) {
    return table.settings().stream().filter(Sweeps::sweepable).map(Setting::path).toList();
  }

  private static boolean sweepable(Setting s) {
    return s.isEditable()
        && (s.type() == Type.INTEGER || s.type() == Type.NUMBER || s.path().equals(Sweep.DEPTH));
  }
}
