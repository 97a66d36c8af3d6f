package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.GradFlowApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * An instance whose database is gone is alive but not ready: a load balancer stops sending it new
 * classes, while nothing restarts it for a database outage it cannot fix.
 */
@ExtendWith(PrivatePostgresExtension.class)
class ReadinessFollowsTheDatabaseTest {

  @Test
  void readinessGoesDownWithThePostgresServerWhileLivenessStaysUp() throws Exception {
    var server = PrivatePostgres.startAnother("readiness");
    List<String> args = new ArrayList<>(List.of(server.datasourceArgs(server.newDatabase())));
    args.add("--server.port=0");
    // A refused connection must fail the check at once, not after the pool's default 30 s.
    args.add("--spring.datasource.hikari.connection-timeout=2000");
    try (var app =
        new SpringApplicationBuilder(GradFlowApplication.class).run(args.toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

      server.stop();

      var readiness = get(port, "/actuator/health/readiness");
      assertThat(readiness.statusCode()).isEqualTo(503);
      assertThat(readiness.body()).contains("DOWN");
      assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    } finally {
      server.stop();
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
