package gradflow.ui.i18n;

import gradflow.experiment.Setting;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A setting's words in a language. The settings table in {@code experiment} holds them in English
 * for the REST API and the validator; the UI looks up {@code setting.<path>.label} and {@code
 * setting.<path>.help} in the bundle and falls back to the table's English, so that the English
 * words live in one place only.
 */
public final class SettingText {
  private SettingText() {}

  public static String label(Setting s) {
    return label(s, I18n.current());
  }

  public static String label(Setting s, Locale locale) {
    return I18n.find(locale, "setting." + s.path() + ".label").orElse(s.label());
  }

  public static String help(Setting s) {
    return I18n.find(I18n.current(), "setting." + s.path() + ".help").orElse(s.help());
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
