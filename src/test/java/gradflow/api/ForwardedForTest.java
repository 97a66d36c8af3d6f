package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The per-client limit sees the real client behind a configured proxy, and cannot be lifted by a
 * client that sends X-Forwarded-For itself.
 */
class ForwardedForTest {

  private static final String SPEC =
      "{\"task\": {\"kind\": \"adding\", \"length\": 30},"
          + " \"layers\": [{\"cell\": \"rnn\", \"hidden\": 16}], \"training\": {\"steps\": 100000}}";

  /** Two runs "from" two forwarded addresses; answers their statuses, and cancels what started. */
  static List<Integer> twoRunsFromTwoForwardedAddresses(int port) {
    var api = new ApiClient(port);
    var statuses = new ArrayList<Integer>();
    var started = new ArrayList<ApiClient.Answer>();
    for (String address : new String[] {"203.0.113.7", "203.0.113.8"}) {
      var a =
          api.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                  .header("Content-Type", "application/json")
                  .header("X-Forwarded-For", address)
                  .POST(HttpRequest.BodyPublishers.ofString(SPEC)));
      statuses.add(a.status());
      if (a.status() == 201) {
        started.add(a);
      }
    }
    for (var a : started) {
      api.cancel(a.json().get("id").asString(), a.json().get("cancelToken").asString());
      api.awaitEnd(a.json().get("id").asString());
    }
    return statuses;
  }

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {"gradflow.runs.per-client=1"})
  class WithoutATrustedProxy {
    @LocalServerPort int port;

    @Test
    void aClientSendingXForwardedForItselfIsStillOneClient() {
      assertThat(twoRunsFromTwoForwardedAddresses(port)).containsExactly(201, 429);
    }
  }

  @Nested
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = {
        "gradflow.runs.per-client=1",
        "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1"
      })
  class BehindATrustedProxy {
    @LocalServerPort int port;

    @Test
    void eachClientBehindTheProxyHasItsOwnShare() {
      assertThat(twoRunsFromTwoForwardedAddresses(port)).containsExactly(201, 201);
    }
  }
}
