package gradflow.classroom;

import gradflow.experiment.RandomKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secrets of class mode: students' tokens and ids from {@link SecureRandom}, and the hashes that
 * are stored instead of the tokens, so that a copy of the database cannot act as a student.
 */
final class Tokens {

  private Tokens() {}

  /** 128 random bits as 22 base64url characters: a student's token. */
  static String secret() {
    return RandomKeys.base64url(16);
  }

  /** 96 random bits as 16 base64url characters: a student's id, shown to the instructor. */
  static String id() {
    return RandomKeys.base64url(12);
  }

  /** The hash stored for a token, as hex. */
  static String hash(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
