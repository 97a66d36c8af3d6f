package gradflow.experiment;

import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every field of a spec built in code against its {@link SettingsTable} row: present where
 * the row says it is used, within range. (A parsed spec already passed the same rows in {@link
 * SpecReader}.) It walks the table, not the spec's types, so a new row is checked without a line
 * here.
 */
final class FieldCheck {
  private final SettingsTable table;
  private final List<Violation> errors;

  FieldCheck(SettingsTable table, List<Violation> errors) {
    this.table = table;
    this.errors = errors;
  }

  /** True when nothing was wrong. */
  boolean check(ExperimentSpec spec) {
    int before = errors.size();
    if (spec == null) {
      errors.add(new Violation(Violation.WHOLE_SPEC, null, "There is no spec."));
      return false;
    }
    object(spec, "", "", false);
    return errors.size() == before;
  }

  /**
   * Checks the rows inside one object. In a list element a missing required setting ends the
   * element's checks: which of the others are used depends on it (a layer's cell).
   */
  private void object(Record node, String holder, String prefix, boolean element) {
    List<Setting> rows = table.children(holder);
    Map<String, Object> beside = new HashMap<>();
    for (Setting s : rows) {
      String field = prefix.isEmpty() ? s.name() : prefix + "." + s.name();
      Object value = table.tree().read(node, s.name());
      if (s.isLeaf()) {
        beside.put(s.name(), value != null && s.type() == Type.CHOICE ? s.toId(value) : value);
      }
      if (value == null) {
        if (s.presence() != Presence.OPTIONAL && SettingRules.isUsed(s, beside, rows)) {
          errors.add(s.missing(field));
          if (element && s.presence() == Presence.REQUIRED) {
            return;
          }
        }
        continue;
      }
      switch (s.type()) {
        case OBJECT -> object((Record) value, s.path(), field, false);
        case LIST -> list((List<?>) value, s, field);
        case INTEGER, NUMBER -> {
          if (!s.inRange((Number) value)) {
            errors.add(s.outside(field, SpecValidator.show(value)));
          }
        }
        default -> {}
      }
    }
  }

  private void list(List<?> elements, Setting s, String field) {
    if (!s.inRange(elements.size())) {
      int n = elements.size();
      errors.add(s.outside(field, "a list of " + n + (n == 1 ? " entry" : " entries")));
    }
    for (int i = 0; i < elements.size(); i++) {
      String elementField = field + "[" + i + "]";
      if (elements.get(i) instanceof Record element) {
        object(element, s.path() + "[]", elementField, true);
      } else {
        errors.add(SpecReader.notALayer(elementField, "null"));
      }
    }
  }
}
