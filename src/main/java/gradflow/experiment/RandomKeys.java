package gradflow.experiment;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable keys: random bits from {@link SecureRandom} as base64url without padding. Run cancel
 * tokens, share-link slugs and class-mode student tokens and ids all are such keys.
 */
public final class RandomKeys {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private RandomKeys() {}

  /** {@code bytes} random bytes as base64url: 16 bytes give 22 characters. */
  public static String base64url(int bytes) {
    byte[] bits = new byte[bytes];
    RANDOM.nextBytes(bits);
    return BASE64URL.encodeToString(bits);
  }
}
