package gradflow.ui.i18n;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every word the UI shows, looked up by key in the current UI's language.
 *
 * <p>The texts live in {@code gradflow/i18n/messages.properties} (English, the fallback) and {@code
 * messages_<lang>.properties} beside it (UTF-8). Placeholders are {@code {0}}, {@code {1}}, …,
 * replaced literally: no {@link java.text.MessageFormat}, so an apostrophe in English needs no
 * doubling and a number is formatted by the caller, the same in every language.
 *
 * <p>Static rather than injected because the texts are read deep inside plain helpers (the run's
 * status line, the builder's sentences) that are also used without a UI in unit tests; without a UI
 * the language is English.
 */
public final class I18n {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /** The languages offered, in the switch's order. Adding one: a locale here and its files. */
  public static final List<Locale> LANGUAGES = List.of(ENGLISH, CHINESE);

  static final String BUNDLE = "gradflow.i18n.messages";

  /**
   * No fallback to the server's default locale: a visitor whose language has no file gets English,
   * whatever language the machine that hosts the app runs in.
   */
  private static final ResourceBundle.Control NO_SERVER_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private I18n() {}

  /** A language set for work done outside any UI, e.g. the first HTML of a request. */
  private static final ThreadLocal<Locale> OUTSIDE_UI = new ThreadLocal<>();

  /** The language of the current UI, or English when there is none (unit tests, background). */
  public static Locale current() {
    Locale outside = OUTSIDE_UI.get();
    if (outside != null) {
      return outside;
    }
    UI ui = UI.getCurrent();
    return ui == null ? ENGLISH : supported(ui.getLocale());
  }

  /** Runs {@code work} with {@link #current()} answering {@code locale}, on this thread. */
  public static void with(Locale locale, Runnable work) {
    Locale before = OUTSIDE_UI.get();
    OUTSIDE_UI.set(supported(locale));
    try {
      work.run();
    } finally {
      if (before == null) {
        OUTSIDE_UI.remove();
      } else {
        OUTSIDE_UI.set(before);
      }
    }
  }

  /** The offered language closest to a requested one: same language, else English. */
  public static Locale supported(Locale requested) {
    if (requested == null) {
      return ENGLISH;
    }
    for (Locale offered : LANGUAGES) {
      if (offered.getLanguage().equals(requested.getLanguage())) {
        return offered;
      }
    }
    return ENGLISH;
  }

  /** The text for a key in the current UI's language. */
  public static String t(String key, Object... args) {
    return t(current(), key, args);
  }

  /** The text for a key in a language; a key with no text anywhere is shown as {@code !{key}}. */
  public static String t(Locale locale, String key, Object... args) {
    return find(locale, key).map(text -> fill(text, args)).orElse("!{" + key + "}");
  }

  /** The text for a key, if the language or English has one. */
  public static Optional<String> find(Locale locale, String key) {
    try {
      return Optional.of(bundle(BUNDLE, locale).getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** A bundle of this app in a language, English (the base file) for any other. */
  public static ResourceBundle bundle(String baseName, Locale locale) {
    return ResourceBundle.getBundle(
        baseName, supported(locale), I18n.class.getClassLoader(), NO_SERVER_FALLBACK);
  }

  /** Replaces {@code {0}}, {@code {1}}, … by the arguments' text. */
  public static String fill(String pattern, Object... args) {
    String text = pattern;
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
