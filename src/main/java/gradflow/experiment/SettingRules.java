package gradflow.experiment;

import gradflow.experiment.Setting.Presence;
import gradflow.experiment.Setting.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table's columns that tie a setting to its neighbours in the same object or layer: {@code
 * cells} (used only by some cells, which the layer's cell choice picks), {@code onlyWhen} (used
 * only while a switch beside it is on) and {@code defaultFrom} (its default follows another
 * setting). The reader, the checks, the editor and the warnings all ask here, so that no code
 * outside the table knows which setting depends on which.
 */
final class SettingRules {
  private SettingRules() {}

  /** True when the setting is used, given the values beside it by name. */
  static boolean isUsed(Setting s, Map<String, Object> beside, List<Setting> siblings) {
    if (!s.cells().isEmpty()) {
      Object cell = cellChoice(siblings).map(c -> beside.get(c.name())).orElse(null);
      if (!(cell instanceof String id) || !s.appliesTo(id)) {
        return false;
      }
    }
    return s.onlyWhen() == null || Boolean.TRUE.equals(beside.get(s.onlyWhen()));
  }

  /** What a left-out setting takes: its default where it is used, nothing where not. */
  static Object defaultAmong(Setting s, Map<String, Object> beside, List<Setting> siblings) {
    if (!isUsed(s, beside, siblings)) {
      return null;
    }
    return s.defaultFrom() != null
        ? s.defaultFollowing(beside.get(s.defaultFrom()))
        : s.defaultValue();
  }

  /** True when whether it is used, or what it defaults to, depends on a setting beside it. */
  static boolean dependsOnOthers(Setting s) {
    return !s.cells().isEmpty() || s.onlyWhen() != null || s.defaultFrom() != null;
  }

  /** True when it depends on one of the named settings beside it. */
  static boolean dependsOnAny(Setting s, Collection<String> names, List<Setting> siblings) {
    boolean onCell =
        !s.cells().isEmpty()
            && cellChoice(siblings).map(c -> names.contains(c.name())).orElse(false);
    return onCell || names.contains(s.onlyWhen()) || names.contains(s.defaultFrom());
  }

  /** The cell choice among these settings (a layer's), if any. */
  static Optional<Setting> cellChoice(List<Setting> siblings) {
    return siblings.stream().filter(Setting::choosesCell).findFirst();
  }

  /** Fails when a row names a neighbour that is not there, or not before it. */
  static void check(SettingsTable table) {
    for (Setting s : table.settings()) {
      List<Setting> siblings = table.children(s.parent());
      List<String> before =
          siblings.subList(0, siblings.indexOf(s)).stream().map(Setting::name).toList();
      if (!s.cells().isEmpty()) {
        require(
            cellChoice(siblings).filter(c -> before.contains(c.name())).isPresent(), s, "cells");
      }
      if (s.onlyWhen() != null) {
        boolean isSwitch = table.get(sibling(s, s.onlyWhen())).type() == Type.BOOLEAN;
        require(before.contains(s.onlyWhen()) && isSwitch, s, "onlyWhen");
      }
      if (s.defaultFrom() != null) {
        require(before.contains(s.defaultFrom()), s, "defaultFrom");
      }
    }
  }

  /** Fails when a record component cannot hold the setting's values. */
  static void checkType(Setting s, Class<?> type) {
    boolean fits =
        switch (s.type()) {
          case INTEGER ->
              type == int.class
                  || type == Integer.class
                  || type == long.class
                  || type == Long.class;
          case NUMBER -> type == double.class || type == Double.class;
          case BOOLEAN -> type == boolean.class || type == Boolean.class;
          case CHOICE -> !type.isPrimitive();
          case OBJECT, LIST -> true;
        };
    boolean mayBeLeftOut = s.presence() == Presence.OPTIONAL || dependsOnOthers(s);
    if (!fits || (mayBeLeftOut && type.isPrimitive() && s.defaultFrom() == null)) {
      throw new IllegalStateException(
          s.path() + " is a " + s.type() + " setting, which a " + type.getName() + " cannot hold");
    }
  }

  private static String sibling(Setting s, String name) {
    return s.parent().isEmpty() ? name : s.parent() + "." + name;
  }

  private static void require(boolean ok, Setting s, String column) {
    if (!ok) {
      throw new IllegalStateException(
          s.path() + "'s " + column + " must name a setting beside it and above it in the table");
    }
  }
}
