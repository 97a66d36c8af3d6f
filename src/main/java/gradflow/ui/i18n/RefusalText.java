package gradflow.ui.i18n;

import gradflow.classroom.ClassRefusedException;
import java.util.Locale;

/**
 * A class mode refusal in the page's language. The service words its refusals in English for the
 * REST API and the pages alike, naming what to do. A refusal that names the rule it applied (a
 * nickname too long, markup in a title) is worded here from the rule and its numbers; for the
 * others a Chinese page says the reason in Chinese and keeps the English sentence after it for the
 * detail (a date, a setting's path).
 */
public final class RefusalText {
  private RefusalText() {}

  public static String of(ClassRefusedException e) {
    return of(e, I18n.current());
  }

  static String of(ClassRefusedException e, Locale locale) {
    var rule = e.rule();
    if (rule != null) {
      Object[] args = rule.args().toArray();
      args[0] = I18n.t(locale, "class.field." + args[0]);
      return I18n.t(locale, "class.rule." + rule.key(), args);
    }
    return I18n.t(
        locale, "class.refused." + e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
  }
}
