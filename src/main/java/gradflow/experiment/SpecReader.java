package gradflow.experiment;

import gradflow.experiment.Setting.Presence;
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
    return violations.isEmpty() ? table.tree().build(values) : null;
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
        } else if (v.isNumber()
            && v.canConvertToExactIntegral()
            && s.aboveRange(v.bigIntegerValue())) {
          violations.add(s.above(field, shown(v)));
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
