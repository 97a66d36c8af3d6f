package gradflow.persistence;

import gradflow.experiment.RandomKeys;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Slugs for share links: 128 bits from {@link SecureRandom} as 22 base64url characters. A slug is
 * the only key to a saved experiment, so it must not be guessable or enumerable.
 */
final class Slugs {
  static final int BYTES = 16;
  static final int LENGTH = 22;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

  private Slugs() {}

  static String next() {
    return RandomKeys.base64url(BYTES);
  }

  /** Whether a string could be a slug at all; anything else is answered without a query. */
  static boolean wellFormed(String slug) {
    return slug != null && SHAPE.matcher(slug).matches();
  }
}
