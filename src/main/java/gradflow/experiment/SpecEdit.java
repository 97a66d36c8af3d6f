package gradflow.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A field set as a control sets it: the settings beside it that depend on it (by the table's {@code
 * cells}, {@code onlyWhen} and {@code defaultFrom}) are fitted in table order, and what a fitted
 * setting changes is fitted in turn. A new cell brings the options it uses at their defaults and
 * drops the others; a switch turned off drops what it switches and on brings its default back; a
 * new task brings its own length.
 */
final class SpecEdit {
  private SpecEdit() {}

  static ExperimentSpec apply(
      SettingsTable table, ExperimentSpec spec, String field, Object value) {
    SpecTree tree = table.tree();
    FieldPath path = FieldPath.parse(field);
    Setting set = table.get(path.tablePath());
    List<Setting> siblings = table.children(set.parent());
    ExperimentSpec next = tree.with(spec, field, value);
    Map<String, Object> beside = new LinkedHashMap<>();
    for (Setting s : siblings) {
      beside.put(s.name(), s.isLeaf() ? tree.get(next, path.sibling(s.name())) : null);
    }
    List<String> changed = new ArrayList<>(List.of(set.name()));
    for (Setting s : siblings.subList(siblings.indexOf(set) + 1, siblings.size())) {
      if (!SettingRules.dependsOnAny(s, changed, siblings)) {
        continue;
      }
      Object now = beside.get(s.name());
      Object fitted = fitted(s, now, beside, siblings, changed);
      if (!Objects.equals(fitted, now)) {
        next = tree.with(next, path.sibling(s.name()), fitted);
        beside.put(s.name(), fitted);
        changed.add(s.name());
      }
    }
    return next;
  }

  /** Nothing where it is not used; a default that follows a change anew; else kept or defaulted. */
  private static Object fitted(
      Setting s,
      Object now,
      Map<String, Object> beside,
      List<Setting> siblings,
      List<String> changed) {
    if (!SettingRules.isUsed(s, beside, siblings)) {
      return null;
    }
    if (s.defaultFrom() != null && changed.contains(s.defaultFrom())) {
      return s.defaultFollowing(beside.get(s.defaultFrom()));
    }
    return now != null ? now : s.defaultValue();
  }
}
