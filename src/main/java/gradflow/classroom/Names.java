package gradflow.classroom;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What people type that the whole class then sees: a class's title and a student's nickname. Both
 * are shown as text, never markup, but {@code <} and {@code >} are refused anyway, so that a name
 * is harmless wherever it is pasted; so are control characters (a line break in a nickname would
 * break the gallery's layout).
 */
final class Names {
  static final int MAX_TITLE = 80;
  static final int MAX_NICKNAME = 24;

  private Names() {}

  /** The title trimmed, or a refusal naming {@code title} and the limit. */
  static String title(String typed) {
    return checked("title", typed, MAX_TITLE);
  }

  /**
   * The nickname trimmed, or a refusal naming {@code nickname}: 1 to 24 letters (of any script,
   * Chinese, Japanese and Korean included), digits, spaces, _ - and .
   */
  static String nickname(String typed) {
    String nickname = checked("nickname", typed, MAX_NICKNAME);
    for (int c : nickname.codePoints().toArray()) {
      if (!allowedInNickname(c)) {
        throw refused(
            "nickname",
            "nickname may contain only letters, digits, spaces, _ - and ., not \""
                + Character.toString(c)
                + "\".",
            "name.character",
            Character.toString(c));
      }
    }
    return nickname;
  }

  /** What makes two nicknames the same one: case and compatibility forms ignored. */
  static String key(String nickname) {
    return Normalizer.normalize(nickname, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Typed text quoted in a message, cut short when long. */
  static String shorten(String typed) {
    return typed.length() > 60 ? typed.substring(0, 60) + "…" : typed;
  }

  private static String checked(String field, String typed, int max) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw refused(
          field, field + " is empty; it must be 1 to " + max + " characters.", "name.empty", max);
    }
    if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
      throw refused(
          field,
          field + " may not contain < or >: it is shown to the class as text, not markup.",
          "name.markup");
    }
    if (text.codePoints().anyMatch(Names::isControl)) {
      throw refused(
          field,
          field + " may not contain control characters such as line breaks or tabs.",
          "name.control");
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      throw refused(
          field,
          field + " is " + length + " characters long, but it may be at most " + max + ".",
          "name.tooLong",
          length,
          max);
    }
    return text;
  }

  /** A refusal of {@code field} by rule {@code key}, whose arguments follow the field's name. */
  private static ClassRefusedException refused(
      String field, String message, String key, Object... args) {
    var all = new java.util.ArrayList<Object>();
    all.add(field);
    all.addAll(java.util.Arrays.asList(args));
    return new ClassRefusedException(field, new ClassRefusedException.Rule(key, all), message);
  }

  private static boolean isControl(int c) {
    int type = Character.getType(c);
    // Cc, and the invisible format characters (bidi overrides, zero-width joiners) that can
    // disguise one name as another.
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean allowedInNickname(int c) {
    if (Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.') {
      return true;
    }
    // The vowel signs and accents that scripts such as Hindi or Thai write letters with.
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
