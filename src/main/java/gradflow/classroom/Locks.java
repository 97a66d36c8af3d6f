package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.INVALID;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Settings an instructor locks, by the settings table's paths: a leaf ({@code
 * "layers[].forgetBias"}: every layer's), an object ({@code "init"}: everything in it) or the list
 * of layers ({@code "layers"}: their number and everything in them). A student's spec must hold the
 * value the student was given at every locked field; anything else is theirs to change.
 */
final class Locks {
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

  private Locks() {}

  /** The table path of a field: "layers[2].hidden" → "layers[].hidden"; a path stays as it is. */
  static String tablePath(String field) {
    return field == null ? "" : INDEX.matcher(field).replaceAll("[]");
  }

  /** Whether a lock (or a sweep) on {@code lock} covers the setting at {@code path}. */
  static boolean covers(String lock, String path) {
    return path.equals(lock) || path.startsWith(lock + ".") || path.startsWith(lock + "[]");
  }

  /** The paths checked against the table, without repeats, in the order given. */
  static List<String> paths(SettingsTable table, Collection<String> given) {
    Set<String> paths = new LinkedHashSet<>();
    for (String path : given == null ? List.<String>of() : given) {
      Setting s = setting(table, path);
      if (s == null || !s.isEditable()) {
        throw new ClassRefusedException(
            INVALID,
            "locks",
            "locks: "
                + (path == null ? "null" : "\"" + Names.shorten(path) + "\"")
                + " is not a setting students change; a lock is a path of the settings table,"
                + " such as layers[].forgetBias, init or layers.");
      }
      paths.add(path);
    }
    return List.copyOf(paths);
  }

  /** The table's row at a path, or null when it has none. */
  static Setting setting(SettingsTable table, String path) {
    return table.settings().stream().filter(r -> r.path().equals(path)).findFirst().orElse(null);
  }

  /**
   * Every locked field at which {@code spec} does not hold {@code given}'s value, first the number
   * of layers when that is locked and differs, then field by field in table order.
   */
  static List<Violation> changes(
      SettingsTable table, ExperimentSpec given, ExperimentSpec spec, Predicate<String> locked) {
    List<Violation> found = new ArrayList<>();
    int layers = given.layers().size();
    if (locked.test(Sweep.DEPTH) && spec.layers().size() != layers) {
      found.add(violation(Sweep.DEPTH, layers + " layers", spec.layers().size() + " layers"));
    }
    List<String> theirs = table.fields(spec);
    List<String> ours = table.fields(given);
    Set<String> fields = new LinkedHashSet<>(ours);
    fields.addAll(theirs);
    for (String field : fields) {
      if (!locked.test(tablePath(field))) {
        continue;
      }
      Object want = ours.contains(field) ? table.valueAt(given, field) : null;
      Object have = theirs.contains(field) ? table.valueAt(spec, field) : null;
      if (!Objects.equals(want, have)) {
        found.add(violation(field, want, have));
      }
    }
    return found;
  }

  private static Violation violation(String field, Object want, Object have) {
    String message =
        field
            + " is locked by your instructor"
            + (want == null ? ", who left it out" : " at " + want)
            + "; yours "
            + (have == null ? "leaves it out" : "is " + have)
            + ". Set it back to train.";
    return new Violation(
        field,
        have == null ? null : have.toString(),
        message,
        "locked",
        want == null ? List.of() : List.of(want.toString()));
  }
}
