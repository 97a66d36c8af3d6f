package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the app on its random port, reading answers as JSON trees. */
final class ApiClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A status and the body as JSON (null when it is not JSON). */
  record Answer(int status, HttpResponse<String> response, JsonNode json) {
    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }
  }

  Answer post(String path, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer post(String path, String body) {
    return post(path, body.getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  /** Any method, with a JSON body (or null for none) and header name, value pairs. */
  Answer call(String method, String path, String body, String... headers) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** Cancels a run as its creator does, with the cancelToken its creation answered. */
  Answer cancel(String id, String token) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id))
            .header("X-Run-Token", token)
            .DELETE());
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          http.send(
              request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = r.body().isEmpty() ? null : JSON.readTree(r.body());
      } catch (RuntimeException notJson) {
        // left null: the tests say what they expected
      }
      return new Answer(r.statusCode(), r, json);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Polls a run until its status is final, and returns its last view. */
  JsonNode awaitEnd(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      Answer a = get("/api/runs/" + id);
      assertThat(a.status()).isEqualTo(200);
      String status = a.json().get("status").asString();
      if (!status.equals("queued") && !status.equals("running")) {
        return a.json();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("run " + id + " did not end: " + a.response().body());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
