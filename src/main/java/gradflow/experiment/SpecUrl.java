package gradflow.experiment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compact form of a spec for share links: canonical JSON, raw DEFLATE, base64url without
 * padding. The DESIGN.md example spec becomes about 320 characters.
 *
 * <p>Decoding is bounded: a code longer than any real spec's is refused before decoding, and
 * inflation stops at {@link SpecJson#MAX_BYTES}, so a small "zip bomb" cannot make the server
 * inflate gigabytes.
 */
public final class SpecUrl {
  /** The longest code accepted; the deflated {@link SpecJson#MAX_BYTES} never needs more. */
  public static final int MAX_CODE_LENGTH = 16_384;

  private final SpecJson json;

  public SpecUrl(SpecJson json) {
    this.json = json;
  }

  /** The link code of a spec: URL-safe, no padding, the same for equal specs. */
  public static String encode(ExperimentSpec spec) {
    byte[] text = SpecJson.write(spec).getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(text);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    } finally {
      deflater.end();
    }
  }

  /** Reads a link code back into a spec (shape only, like {@link SpecJson#parse(byte[])}). */
  public SpecResult decode(String code) {
    if (code == null || code.isBlank()) {
      return broken("The link has no experiment in it.");
    }
    if (code.length() > MAX_CODE_LENGTH) {
      return broken(
          "The link's experiment code is "
              + code.length()
              + " characters long, longer than any experiment; it is not a GradFlow link.");
    }
    byte[] deflated;
    try {
      deflated = Base64.getUrlDecoder().decode(code.strip());
    } catch (IllegalArgumentException e) {
      return broken(
          "The link's experiment code is damaged: it holds characters a GradFlow link never"
              + " has (perhaps it was cut short or changed when copied).");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0
            && !inflater.finished()
            && (inflater.needsInput() || inflater.needsDictionary())) {
          return broken(
              "The link's experiment code is damaged: it ends too early (perhaps it was cut"
                  + " short when copied).");
        }
        if (out.size() + n > SpecJson.MAX_BYTES) {
          return broken(
              "The link's experiment code unpacks to more than "
                  + SpecJson.MAX_BYTES
                  + " bytes, more than any experiment; it is not a GradFlow link.");
        }
        out.write(buffer, 0, n);
      }
      return json.parse(out.toByteArray());
    } catch (DataFormatException e) {
      return broken(
          "The link's experiment code is damaged: it does not unpack (perhaps it was changed"
              + " when copied).");
    } finally {
      inflater.end();
    }
  }

  private static SpecResult broken(String message) {
    return SpecResult.unreadable(List.of(new Violation("link", null, message)));
  }
}
