package gradflow.ui.i18n;

import gradflow.experiment.Setting;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A setting's words in a language, read from the bundle by the keys its row in the settings table
 * gives ({@link Setting#labelKey()}, …), so that a new row brings its words with two lines per
 * language and no code.
 */
public final class SettingText {
  private SettingText() {}

  public static String label(Setting s) {
    return label(s, I18n.current());
  }

  public static String label(Setting s, Locale locale) {
    return I18n.t(locale, s.labelKey());
  }

  public static String help(Setting s) {
    return I18n.t(s.helpKey());
  }

  /** The words beside the switch that turns an optional setting on; its label if it has none. */
  public static String switchLabel(Setting s) {
    return I18n.find(I18n.current(), s.switchKey()).orElseGet(() -> label(s));
  }

  /** Its help, and what one of it counts when it has a unit: "… Unit: steps." */
  public static String helpWithUnit(Setting s) {
    String unit = unit(s);
    return unit == null ? help(s) : I18n.t("builder.helpWithUnit", help(s), unit);
  }

  /** What one of it counts ("steps"), or null for a setting without a unit. */
  public static String unit(Setting s) {
    return s.unitKey() == null ? null : I18n.t(s.unitKey());
  }

  /** The menu name of one of its choices; the table's English (or the id) when none is given. */
  public static String choice(Setting s, String id) {
    return I18n.find(I18n.current(), s.choiceKey(id)).orElseGet(() -> s.choiceEnglish(id));
  }

  /** What is allowed, as the end of a sentence: "a whole number between 1 and 256". */
  public static String allowed(Setting s, Locale locale) {
    String text =
        switch (s.type()) {
          case OBJECT -> I18n.t(locale, "allowed.object");
          case LIST -> I18n.t(locale, "allowed.list", between(s.min(), s.max(), locale));
          case INTEGER -> I18n.t(locale, "allowed.integer", between(s.min(), s.max(), locale));
          case NUMBER -> I18n.t(locale, "allowed.number", between(s.min(), s.max(), locale));
          case BOOLEAN -> I18n.t(locale, "allowed.boolean");
          case CHOICE -> I18n.t(locale, "allowed.choice", String.join(", ", s.choices()));
        };
    return s.presence() == Setting.Presence.OPTIONAL
        ? I18n.t(locale, "allowed.optional", text)
        : text;
  }

  private static String between(Number min, Number max, Locale locale) {
    if (min != null && max != null && format(min).equals(format(max))) {
      return I18n.t(locale, "allowed.exactly", format(min));
    }
    if (min != null && max != null) {
      return I18n.t(locale, "allowed.between", format(min), format(max));
    }
    if (min != null) {
      return I18n.t(locale, "allowed.atLeast", format(min));
    }
    return max == null ? "" : I18n.t(locale, "allowed.atMost", format(max));
  }

  /** Plain decimal text without exponent or trailing zeros, as the table writes its bounds. */
  static String format(Number n) {
    BigDecimal d =
        n instanceof Double || n instanceof Float
            ? BigDecimal.valueOf(n.doubleValue())
            : new BigDecimal(n.toString());
    return d.stripTrailingZeros().toPlainString();
  }
}
