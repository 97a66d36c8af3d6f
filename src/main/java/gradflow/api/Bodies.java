package gradflow.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies without trusting them: a body is refused as soon as it is known to be too
 * large (by its Content-Length, or after {@code max + 1} bytes), so a 10 GB upload costs the server
 * nothing but the refusal.
 */
final class Bodies {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Bodies() {}

  /**
   * A small JSON object body (a nickname, a title) as a record, read within {@code max} bytes.
   *
   * @param example the body a client should send, for the message when it is not that
   */
  static <T> T readJson(HttpServletRequest request, int max, Class<T> type, String example)
      throws IOException {
    if (!ApiRequestGuard.isJson(request.getContentType())) {
      throw new ApiExceptions.NotJson(request.getContentType());
    }
    byte[] body = read(request, max);
    try {
      T value = JSON.readValue(body, type);
      if (value != null) {
        return value;
      }
    } catch (JacksonException e) {
      // answered below
    }
    throw new ApiExceptions.BadBody("The body must be a JSON object like " + example + ".");
  }

  static byte[] read(HttpServletRequest request, int max) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > max) {
      throw new ApiExceptions.BodyTooLarge(declared, max);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(max + 1);
      if (body.length > max) {
        throw new ApiExceptions.BodyTooLarge(-1, max);
      }
      // RFC 8259: JSON sent over a network carries no byte order mark. Refused rather than
      // skipped, so that what is saved is exactly what the client's JSON tools would read back.
      if (body.length >= 3
          && (body[0] & 0xff) == 0xef
          && (body[1] & 0xff) == 0xbb
          && (body[2] & 0xff) == 0xbf) {
        throw new ApiExceptions.BadBody(
            "The body starts with a byte order mark (BOM); send UTF-8 JSON without one.");
      }
      return body;
    }
  }
}
