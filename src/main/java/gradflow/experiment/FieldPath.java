package gradflow.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concrete field of a spec, {@code "layers[2].hidden"}, taken apart: the steps from the spec down
 * to it (a property name, with a list index where the property is a list) and the table path of its
 * setting ({@code "layers[].hidden"}).
 */
record FieldPath(List<Step> steps) {
  private static final Pattern STEP = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

  /** One property on the way down; {@code index} is -1 unless the property is a list element. */
  record Step(String name, int index) {}

  /** The steps of a field; a name no spec can hold (a student's typo) fails. */
  static FieldPath parse(String field) {
    return read(field)
        .orElseThrow(() -> new IllegalArgumentException(field + " is not a spec field"));
  }

  /** The steps of a field, or empty for text that is no field ("spec", a misspelt name). */
  static Optional<FieldPath> read(String field) {
    List<Step> steps = new ArrayList<>();
    for (String part : field.split("\\.", -1)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches() || (m.group(2) != null && m.group(2).length() > 9)) {
        return Optional.empty();
      }
      steps.add(new Step(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
    }
    return Optional.of(new FieldPath(List.copyOf(steps)));
  }

  /** The path of its row in the table: indexes become {@code []}. */
  String tablePath() {
    StringBuilder path = new StringBuilder();
    for (Step step : steps) {
      path.append(path.isEmpty() ? "" : ".").append(step.name());
      if (step.index() >= 0) {
        path.append("[]");
      }
    }
    return path.toString();
  }

  /** The index of the innermost list element on the way, or -1. */
  int lastIndex() {
    return steps.reversed().stream()
        .mapToInt(Step::index)
        .filter(i -> i >= 0)
        .findFirst()
        .orElse(-1);
  }

  /** The field of the object or element that holds this one: "layers[2]" for "layers[2].hidden". */
  String holder() {
    StringBuilder path = new StringBuilder();
    for (Step step : steps.subList(0, steps.size() - 1)) {
      path.append(path.isEmpty() ? "" : ".").append(step.name());
      if (step.index() >= 0) {
        path.append('[').append(step.index()).append(']');
      }
    }
    return path.toString();
  }

  /** A field inside the same holder, e.g. "layers[2].cell" beside "layers[2].hidden". */
  String sibling(String name) {
    String holder = holder();
    return holder.isEmpty() ? name : holder + "." + name;
  }
}
