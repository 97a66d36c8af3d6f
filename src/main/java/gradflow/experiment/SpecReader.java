package gradflow.experiment;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.InitSpec.Scheme;
import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.TrainingSpec.Optimizer;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed JSON tree into a spec by walking the {@link SettingsTable}: every type, range,
 * choice, unknown and missing field becomes a {@link Violation}, all of them at once rather than
 * the first. Only a tree without violations becomes a spec, and then every field of it is within
 * the table's ranges. Cross-field rules are the {@link SpecValidator}'s.
 */
final class SpecReader {
  private static final int MAX_SHOWN = 40;

  private final SettingsTable table;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Object> values = new HashMap<>();

  SpecReader(SettingsTable table) {
    this.table = table;
  }

  List<Violation> violations() {
    return violations;
  }

  /** The spec, or null when {@link #violations()} is not empty. */
  ExperimentSpec read(JsonNode root) {
    if (!root.isObject()) {
      violations.add(
          new Violation(
              Violation.WHOLE_SPEC,
              shown(root),
              "The spec must be a JSON object {…}, but it is " + shown(root) + "."));
      return null;
    }
    readObject(root, "", "");
    return violations.isEmpty() ? build() : null;
  }

  private void readObject(JsonNode node, String tablePath, String field) {
    List<Setting> children = table.children(tablePath);
    for (String name : node.propertyNames()) {
      if (children.stream().noneMatch(s -> s.name().equals(name))) {
        unknown(children, join(field, name), name, node.get(name));
      }
    }
    for (Setting s : children) {
      JsonNode v = node.get(s.name());
      String childField = join(field, s.name());
      if (v == null) {
        if (s.presence() == Presence.REQUIRED) {
          violations.add(s.missing(childField));
        }
      } else {
        readValue(s, childField, v);
      }
    }
  }

  private void readValue(Setting s, String field, JsonNode v) {
    if (v.isNull() && s.presence() == Presence.OPTIONAL) {
      values.put(field, null);
      return;
    }
    switch (s.type()) {
      case OBJECT -> {
        if (v.isObject()) {
          readObject(v, s.path(), field);
        } else {
          violations.add(s.outside(field, shown(v)));
        }
      }
      case LIST -> {
        if (!v.isArray()) {
          violations.add(s.outside(field, shown(v)));
          return;
        }
        if (!s.inRange(v.size())) {
          violations.add(s.outside(field, shown(v)));
        }
        values.put(field, v.size());
        for (int i = 0; i < v.size(); i++) {
          JsonNode element = v.get(i);
          String elementField = field + "[" + i + "]";
          if (element.isObject()) {
            readObject(element, s.path() + "[]", elementField);
          } else {
            violations.add(notALayer(elementField, shown(element)));
          }
        }
      }
      case INTEGER -> {
        if (v.isNumber() && v.canConvertToExactIntegral() && s.inRange(v.bigIntegerValue())) {
          values.put(field, v.longValue());
        } else if (field.equals("version")
            && v.isNumber()
            && v.canConvertToExactIntegral()
            && v.longValue() > ExperimentSpec.CURRENT_VERSION) {
          Violation plain = s.outside(field, shown(v));
          violations.add(
              new Violation(
                  field,
                  plain.value(),
                  plain.message() + " It was saved by a newer GradFlow, which can still open it."));
        } else {
          violations.add(s.outside(field, shown(v)));
        }
      }
      case NUMBER -> {
        if (v.isNumber() && s.inRange(v.numberValue())) {
          values.put(field, v.doubleValue());
        } else {
          violations.add(s.outside(field, shown(v)));
        }
      }
      case BOOLEAN -> {
        if (v.isBoolean()) {
          values.put(field, v.booleanValue());
        } else {
          violations.add(s.outside(field, shown(v)));
        }
      }
      case CHOICE -> {
        if (v.isString() && s.choices().contains(v.stringValue())) {
          values.put(field, v.stringValue());
        } else {
          violations.add(s.outside(field, shown(v)));
        }
      }
    }
  }

  /** "layers[1] is null, but each entry of layers must be an object {…} such as …". */
  static Violation notALayer(String field, String shown) {
    return new Violation(
        field,
        shown,
        field
            + " is "
            + shown
            + ", but each entry of layers must be an"
            + " object {…} such as {\"cell\": \"lstm\", \"hidden\": 32}.");
  }

  private void unknown(List<Setting> siblings, String field, String name, JsonNode v) {
    String hint =
        siblings.stream()
            .filter(s -> s.name().equalsIgnoreCase(name))
            .map(s -> "; perhaps you meant " + join(prefixOf(field), s.name()) + ".")
            .findFirst()
            .orElse(
                "; the settings here are "
                    + siblings.stream().map(Setting::name).collect(Collectors.joining(", "))
                    + ".");
    violations.add(
        new Violation(
            field,
            shown(v),
            field + " (set to " + shown(v) + ") is not a setting GradFlow knows" + hint));
  }

  private ExperimentSpec build() {
    TaskKind kind = TaskKind.fromId((String) values.get("task.kind")).orElseThrow();
    int length = values.containsKey("task.length") ? intOf("task.length") : kind.defaultLength();
    int count = (Integer) values.get("layers");
    List<LayerSpec> layers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String f = "layers[" + i + "].";
      String cellId = (String) values.get(f + "cell");
      Cell cell = Choice.fromId(Cell.class, cellId).orElseThrow();
      Boolean forgetGate = (Boolean) value(f + "forgetGate", "layers[].forgetGate", cellId);
      Double forgetBias = (Double) value(f + "forgetBias", "layers[].forgetBias", cellId);
      if (Boolean.FALSE.equals(forgetGate) && !values.containsKey(f + "forgetBias")) {
        forgetBias = null; // a closed-off gate has no bias to default
      }
      layers.add(
          new LayerSpec(
              cell,
              ((Number) value(f + "hidden", "layers[].hidden", cellId)).intValue(),
              choice(Activation.class, value(f + "activation", "layers[].activation", cellId)),
              forgetGate,
              forgetBias));
    }
    return new ExperimentSpec(
        intOf("version"),
        new TaskSpec(kind, length),
        layers,
        choice(Connection.class, value("connection")),
        new InitSpec(
            choice(Scheme.class, value("init.scheme")), (Double) value("init.spectralRadius")),
        new TrainingSpec(
            choice(Optimizer.class, value("training.optimizer")),
            (Double) value("training.learningRate"),
            intOf("training.batchSize"),
            intOf("training.steps"),
            (Double) value("training.clipNorm"),
            (Double) value("training.clipValue")),
        intOf("probeEvery"),
        ((Number) value("seed")).longValue());
  }

  private Object value(String field) {
    return value(field, field, null);
  }

  /** The given value, else the table's default if the setting applies to this cell, else null. */
  private Object value(String field, String path, String cell) {
    if (values.containsKey(field)) {
      return values.get(field);
    }
    Setting s = table.get(path);
    return cell == null || s.appliesTo(cell) ? s.defaultValue() : null;
  }

  private int intOf(String field) {
    return ((Number) value(field)).intValue();
  }

  private static <E extends Enum<E> & Choice> E choice(Class<E> type, Object id) {
    return id == null ? null : Choice.fromId(type, (String) id).orElseThrow();
  }

  private static String prefixOf(String field) {
    int dot = field.lastIndexOf('.');
    return dot < 0 ? "" : field.substring(0, dot);
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  /** A value as the student wrote it, shortened: 512, "lstm", null, a list of 3 entries. */
  static String shown(JsonNode v) {
    if (v.isObject()) {
      return "an object {…}";
    }
    if (v.isArray()) {
      return "a list of " + v.size() + (v.size() == 1 ? " entry" : " entries");
    }
    String text = v.toString();
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
  }
}
