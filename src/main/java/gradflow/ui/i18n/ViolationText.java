package gradflow.ui.i18n;

import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.Violation;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validation problem as a sentence in the UI's language. A violation with a code is said anew
 * from {@code violation.<code>} (first placeholder: the field's name as shown; then the code's
 * arguments; then, for range problems, what is allowed); one without a code keeps its English
 * message, which the REST API returns unchanged either way.
 */
public final class ViolationText {
  private ViolationText() {}

  private static final Pattern LAYER_FIELD = Pattern.compile("layers\\[(\\d+)]\\.\\w+");

  /** Codes whose sentence ends with what the setting allows. */
  private static final Set<String> ENDS_WITH_ALLOWED = Set.of("outside", "missing", "notANumber");

  /** The problem named by its field's path, when no settings table is at hand. */
  public static String message(Violation v, Locale locale) {
    return say(v, null, v.field(), locale);
  }

  /**
   * A problem listed apart from any control: a top-level field is named by its label; a layer's
   * field by its path in English ("layers[2].hidden", which says which layer) and by "layer 3's
   * label" in other languages.
   */
  public static String listed(Violation v, SettingsTable table, Locale locale) {
    var setting = table.forField(v.field()).orElse(null);
    if (setting == null) {
      return say(v, null, v.field(), locale);
    }
    var layer = LAYER_FIELD.matcher(v.field());
    String name =
        !layer.matches()
            ? SettingText.label(setting, locale)
            : locale.getLanguage().equals(I18n.ENGLISH.getLanguage())
                ? v.field()
                : I18n.t(
                    locale,
                    "violation.layerField",
                    Integer.parseInt(layer.group(1)) + 1,
                    SettingText.label(setting, locale));
    return say(v, setting, name, locale);
  }

  /** A problem under its own control, where the label names the field. */
  public static String inline(Violation v, Setting setting, Locale locale) {
    return say(v, setting, SettingText.label(setting, locale), locale);
  }

  private static String say(Violation v, Setting setting, String name, Locale locale) {
    if (v.code() == null) {
      String m = v.message();
      return m.startsWith(v.field() + " ") ? name + m.substring(v.field().length()) : m;
    }
    if (ENDS_WITH_ALLOWED.contains(v.code()) && setting == null) {
      return v.message();
    }
    var args = new ArrayList<Object>();
    args.add(name);
    args.addAll(v.args());
    if (ENDS_WITH_ALLOWED.contains(v.code())) {
      args.add(SettingText.allowed(setting, locale));
    }
    return I18n.find(locale, "violation." + v.code())
        .map(pattern -> I18n.fill(pattern, args.toArray()))
        .orElse(v.message());
  }
}
