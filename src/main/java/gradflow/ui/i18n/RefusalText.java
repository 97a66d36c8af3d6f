package gradflow.ui.i18n;

import gradflow.classroom.ClassRefusedException;
import java.util.Locale;

/**
 * A class mode refusal in the page's language. The service words its refusals in English for the
 * REST API and the pages alike, naming what to do; a Chinese page says the same in Chinese and
 * keeps the English sentence after it for the detail (a nickname's limit, a date).
 */
public final class RefusalText {
  private RefusalText() {}

  public static String of(ClassRefusedException e) {
    return of(e, I18n.current());
  }

  static String of(ClassRefusedException e, Locale locale) {
    return I18n.t(
        locale, "class.refused." + e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
  }
}
