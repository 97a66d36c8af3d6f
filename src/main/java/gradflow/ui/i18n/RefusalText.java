package gradflow.ui.i18n;

import gradflow.classroom.ClassRefusedException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A class mode refusal in the page's language. The service words its refusals in English for the
 * REST API. A refusal that names the rule it applied (a nickname too long or taken, a full class,
 * an expired code) is worded here from the rule and its numbers; a refused run names the locked
 * settings it changed by their labels. For the rest, all instructor's (a sweep's range, a link to
 * move to), a Chinese page says the reason in Chinese and keeps the English sentence after it for
 * the detail.
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
      if (e.reason() == ClassRefusedException.Reason.INVALID) {
        args[0] = I18n.t(locale, "class.field." + args[0]);
      }
      return I18n.t(locale, "class.rule." + rule.key(), args);
    }
    if (e.reason() == ClassRefusedException.Reason.LOCKED && !e.violations().isEmpty()) {
      String settings =
          e.violations().stream()
              .map(v -> label(v.field(), locale))
              .distinct()
              .collect(Collectors.joining(I18n.t(locale, "class.rule.locked.separator")));
      return I18n.t(locale, "class.rule.locked", settings);
    }
    String key = "class.refused." + e.reason().name().toLowerCase(Locale.ROOT);
    return I18n.t(locale, key, e.getMessage());
  }

  /** A setting's label from a field of a spec: {@code layers[2].forgetBias} is Forget bias. */
  private static String label(String field, Locale locale) {
    String path = LAYER_INDEX.matcher(field).replaceAll("[]");
    return I18n.find(locale, "setting." + path + ".label").orElse(field);
  }

  private static final Pattern LAYER_INDEX = Pattern.compile("\\[\\d+]");
}
