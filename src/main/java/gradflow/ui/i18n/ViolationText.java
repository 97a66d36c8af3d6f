package gradflow.ui.i18n;

import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.Violation;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * A validation problem as a sentence in the UI's language. A violation with a code is said anew
 * from {@code violation.<code>} (first placeholder: the field's name as shown; then the code's
 * arguments; then, for range problems, what is allowed); one without a code keeps its English
 * message, which the REST API returns unchanged either way.
 */
public final class ViolationText {
  private ViolationText() {}

  /** Codes whose sentence ends with what the setting allows. */
  private static final Set<String> ENDS_WITH_ALLOWED = Set.of("outside", "missing", "notANumber");

  /** Codes whose arguments include a field, which the UI names by its label. */
  private static final Set<String> SWITCH_NAMED = Set.of("switchedOff");

  /** The problem named by its field's path, when no settings table is at hand. */
  public static String message(Violation v, Locale locale) {
    return say(v, null, v.field(), null, locale);
  }

  /**
   * A problem listed apart from any control: a top-level field is named by its label; a layer's
   * field by its path in English ("layers[2].hidden", which says which layer) and by "layer 3's
   * label" in other languages.
   */
  public static String listed(Violation v, SettingsTable table, Locale locale) {
    var setting = table.forField(v.field()).orElse(null);
    if (setting == null) {
      return say(v, null, v.field(), table, locale);
    }
    int layer = table.elementIndex(v.field());
    String name =
        layer < 0
            ? SettingText.label(setting, locale)
            : locale.getLanguage().equals(I18n.ENGLISH.getLanguage())
                ? v.field()
                : I18n.t(
                    locale, "violation.layerField", layer + 1, SettingText.label(setting, locale));
    return say(v, setting, name, table, locale);
  }

  /** A problem under its own control, where the label names the field. */
  public static String inline(Violation v, SettingsTable table, Locale locale) {
    Setting setting = table.forField(v.field()).orElseThrow();
    return say(v, setting, SettingText.label(setting, locale), table, locale);
  }

  private static String say(
      Violation v, Setting setting, String name, SettingsTable table, Locale locale) {
    if (v.code() == null) {
      String m = v.message();
      return m.startsWith(v.field() + " ") ? name + m.substring(v.field().length()) : m;
    }
    if (ENDS_WITH_ALLOWED.contains(v.code()) && setting == null) {
      return v.message();
    }
    var args = new ArrayList<Object>();
    args.add(name);
    // A field the problem names besides its own (the switch that is off) is named the same way.
    boolean byLabel = table != null && SWITCH_NAMED.contains(v.code()) && !name.equals(v.field());
    for (String arg : v.args()) {
      args.add(
          byLabel ? table.forField(arg).map(s -> SettingText.label(s, locale)).orElse(arg) : arg);
    }
    if (ENDS_WITH_ALLOWED.contains(v.code())) {
      args.add(SettingText.allowed(setting, locale));
    }
    return I18n.find(locale, "violation." + v.code())
        .map(pattern -> I18n.fill(pattern, args.toArray()))
        .orElse(v.message());
  }
}
