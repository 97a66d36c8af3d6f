package gradflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, pages, API and static files alike, so that a page GradFlow
 * serves cannot be framed by another site, made to run scripts from elsewhere, or leak a share
 * link's slug to the sites it links to.
 *
 * <p>The policy allows what Vaadin Flow itself needs and nothing more: its client runs the server's
 * JavaScript through {@code new Function} ('unsafe-eval'), its bootstrap page has inline scripts
 * and its components inline styles ('unsafe-inline'), server push uses a WebSocket to the same
 * origin ('self'); KaTeX's fonts and Chart.js's canvas images come from the page itself. No
 * resource comes from another host.
 */
final class SecurityHeaders extends OncePerRequestFilter {

  static final String DEFAULT_POLICY =
      "default-src 'self'; "
          + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; "
          + "font-src 'self' data:; "
          + "connect-src 'self'; "
          + "object-src 'none'; "
          + "base-uri 'self'; "
          + "form-action 'self'; "
          + "frame-ancestors 'self'";

  private final String policy;

  SecurityHeaders(String policy) {
    this.policy = policy;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    chain.doFilter(request, response);
  }
}
