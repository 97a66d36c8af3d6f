package gradflow.experiment;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The English words of GradFlow's one bundle ({@code gradflow/i18n/messages.properties}), which the
 * UI reads in every language. The REST API describes the settings in English from the same lines,
 * so that each sentence is written once.
 */
final class EnglishWords {
  static final String BUNDLE = "gradflow.i18n.messages";

  private EnglishWords() {}

  /** The English text of a key; a missing key is a bug in the words, so it fails loudly. */
  static String get(String key) {
    try {
      return bundle().getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no English words for " + key + " in " + BUNDLE, e);
    }
  }

  private static ResourceBundle bundle() {
    // The base file alone: the machine's own language must not leak into the API's description.
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.ROOT,
        EnglishWords.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
