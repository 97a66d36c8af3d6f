package gradflow.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a request must be before the API acts on it, so that a page on another site cannot make a
 * visitor's browser start runs or save experiments in the visitor's name. A browser sends a
 * cross-site POST with {@code Content-Type: text/plain} without asking first (no CORS preflight),
 * so the content type alone would not stop it; the {@code Origin} it always sends does.
 *
 * <ul>
 *   <li>State-changing requests (POST, PUT, PATCH, DELETE) that carry an {@code Origin} must come
 *       from this server's own origin or one of {@code gradflow.api.allowed-origins}: else 403.
 *       Clients without a browser (curl, scripts) send no Origin and are not affected.
 *   <li>A body is JSON only: {@code Content-Type: application/json} (any charset parameter other
 *       than UTF-8 is refused too), else 415.
 *   <li>A body is read as it is: a {@code Content-Encoding} other than identity is refused with 415
 *       rather than parsed as if it were plain.
 * </ul>
 */
final class ApiRequestGuard extends OncePerRequestFilter {
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> allowedOrigins;

  /**
   * @param allowedOrigins other origins (scheme://host[:port]) whose pages may call the API, e.g. a
   *     course site; this server's own origin is always allowed
   */
  ApiRequestGuard(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins.stream().map(ApiRequestGuard::normalise).toList();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (STATE_CHANGING.contains(request.getMethod())) {
      String origin = request.getHeader("Origin");
      if (origin != null && !allowed(origin, request)) {
        refuse(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "cross-site request",
            "Origin",
            "Requests that change something are accepted only from pages of this GradFlow server"
                + " (or of gradflow.api.allowed-origins), not from "
                + origin
                + ".");
        return;
      }
    }
    String encoding = request.getHeader("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      refuse(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "unsupported content encoding",
          "Content-Encoding",
          "The API reads plain JSON only; Content-Encoding " + encoding + " is not accepted.");
      return;
    }
    // Only POST is checked here: a PUT to a path that takes none must stay a 405, so the class
    // endpoints' PUT bodies are checked where they are read (Bodies.readJson).
    // Other methods are answered 405 by the endpoints.
    if (request.getMethod().equals("POST")
        && hasBody(request)
        && !isJson(request.getContentType())) {
      refuse(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "unsupported media type",
          "Content-Type",
          "Send the body as JSON with Content-Type: application/json (UTF-8), not "
              + (request.getContentType() == null
                  ? "without a Content-Type"
                  : request.getContentType())
              + ".");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean allowed(String origin, HttpServletRequest request) {
    String normalised = normalise(origin);
    String own =
        normalise(
            request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    return normalised.equals(own) || allowedOrigins.contains(normalised);
  }

  /** scheme://host:port in lower case, with the scheme's default port made explicit. */
  static String normalise(String origin) {
    try {
      URI uri = URI.create(origin.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if (port < 0) {
        port = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
      }
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      return scheme + "://" + host + ":" + port;
    } catch (IllegalArgumentException e) {
      return "invalid:" + origin;
    }
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      var charset = type.getCharset();
      return type.isCompatibleWith(MediaType.APPLICATION_JSON)
          && !type.isWildcardType()
          && !type.isWildcardSubtype()
          && (charset == null || charset.equals(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void refuse(
      HttpServletResponse response, int status, String error, String field, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), ApiError.of(status, error, field, message));
  }
}
