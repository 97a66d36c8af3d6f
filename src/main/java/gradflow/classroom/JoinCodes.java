package gradflow.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Join codes: 6 characters from {@link SecureRandom} over an alphabet without look-alikes, so that
 * a code read off a projector or said aloud is typed right. Left out: 0 O Q (round), 1 I L
 * (upright), 2 Z, 5 S, 6 G, 8 B, U V. 20 characters give 20⁶ = 64 million codes, so a guessed code
 * is almost never a live class.
 */
final class JoinCodes {
  static final String ALPHABET = "ACDEFHJKMNPRTWXY3479";
  static final int LENGTH = 6;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
  // Typing help only: spaces and dashes a student puts between the halves.
  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

  private JoinCodes() {}

  /** A new code that {@code taken} does not know. */
  static String next(Predicate<String> taken) {
    for (int attempt = 0; attempt < 100; attempt++) {
      String code = random();
      if (!taken.test(code)) {
        return code;
      }
    }
    throw new IllegalStateException("no free join code in 100 attempts");
  }

  static String random() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /**
   * The code as typed, upper-cased and without spaces or dashes, when it can be a code at all; an
   * impossible one is answered as unknown without asking the database.
   */
  static Optional<String> read(String typed) {
    if (typed == null || typed.length() > 4 * LENGTH) {
      return Optional.empty();
    }
    String code = SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    return SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }
}
