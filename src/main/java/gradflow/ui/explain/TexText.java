package gradflow.ui.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an explanation into prose and TeX: {@code $...$} is inline math, {@code $$...$$} a
 * displayed formula, {@code \$} a literal dollar and a line break starts a new paragraph. The
 * browser then typesets only the TeX and leaves the prose as plain text, which is what a screen
 * reader should read.
 */
final class TexText {

  /**
   * One piece of an explanation.
   *
   * @param kind {@code text}, {@code inline}, {@code display} or {@code paragraph} (a break, whose
   *     text is empty)
   */
  record Segment(String kind, String text) {
    static final String TEXT = "text";
    static final String INLINE = "inline";
    static final String DISPLAY = "display";
    static final String PARAGRAPH = "paragraph";
  }

  private TexText() {}

  static List<Segment> parse(String source) {
    var segments = new ArrayList<Segment>();
    var text = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '$') {
        text.append('$');
        i += 2;
      } else if (c == '\n' || c == '\r') {
        flush(segments, text);
        boolean alreadyBroken =
            !segments.isEmpty() && segments.getLast().kind().equals(Segment.PARAGRAPH);
        if (!segments.isEmpty() && !alreadyBroken) {
          segments.add(new Segment(Segment.PARAGRAPH, ""));
        }
        i++;
      } else if (c == '$') {
        boolean display = source.startsWith("$$", i);
        String delimiter = display ? "$$" : "$";
        int start = i + delimiter.length();
        int end = closing(source, start, delimiter);
        if (end < 0) {
          // An unclosed formula is shown as the student would type it rather than swallowing the
          // rest of the text; the resource tests keep this from ever shipping.
          text.append(source, i, source.length());
          break;
        }
        flush(segments, text);
        segments.add(
            new Segment(display ? Segment.DISPLAY : Segment.INLINE, source.substring(start, end)));
        i = end + delimiter.length();
      } else {
        text.append(c);
        i++;
      }
    }
    flush(segments, text);
    if (!segments.isEmpty() && segments.getLast().kind().equals(Segment.PARAGRAPH)) {
      segments.removeLast();
    }
    return List.copyOf(segments);
  }

  /** Whether every {@code $} and {@code $$} that opens a formula also closes it. */
  static boolean isBalanced(String source) {
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '$') {
        i += 2;
      } else if (c == '$') {
        String delimiter = source.startsWith("$$", i) ? "$$" : "$";
        int end = closing(source, i + delimiter.length(), delimiter);
        if (end < 0) {
          return false;
        }
        i = end + delimiter.length();
      } else {
        i++;
      }
    }
    return true;
  }

  /** The plain text a reader without math support would get: the TeX sources kept as written. */
  static String plain(List<Segment> segments) {
    var out = new StringBuilder();
    for (var s : segments) {
      out.append(s.kind().equals(Segment.PARAGRAPH) ? "\n" : s.text());
    }
    return out.toString();
  }

  /** The index of the closing delimiter, skipping {@code \$} inside the formula; -1 if none. */
  private static int closing(String source, int from, String delimiter) {
    int i = from;
    while (i < source.length()) {
      if (source.charAt(i) == '\\') {
        i += 2;
      } else if (source.startsWith(delimiter, i)) {
        return i;
      } else if (delimiter.equals("$") && source.charAt(i) == '\n') {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static void flush(List<Segment> segments, StringBuilder text) {
    if (!text.isEmpty()) {
      segments.add(new Segment(Segment.TEXT, text.toString()));
      text.setLength(0);
    }
  }
}
