package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Every response, page or API, carries the security headers; the session cookie stays home. */
class SecurityHeadersTest extends ApiTest {

  @Test
  void pagesApiAnswersAndErrorsAllCarryTheSecurityHeaders() {
    for (String path : new String[] {"/", "/api/runs/no-such-run", "/v3/api-docs"}) {
      var answer = api.get(path);
      assertThat(answer.header("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'self'")
          .contains("frame-ancestors 'self'")
          .contains("object-src 'none'");
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
    }
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndOutOfReachOfScripts() {
    var answer =
        api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET());

    var cookie =
        answer.response().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
  }
}
