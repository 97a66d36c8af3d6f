package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.classroom.ClassStore;
import gradflow.classroom.Classroom;
import gradflow.classroom.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Class mode over HTTP: the instructor's endpoints need the token and a refusal changes nothing;
 * wrong and expired codes and nickname abuse get clear answers; locks are enforced on the server; a
 * sweep is handed out in joining order; and the runs of three students fill the gallery.
 */
class ClassApiTest extends ApiTest {
  private static final String TEACHER = "X-Instructor-Token";
  private static final String STUDENT = "X-Student-Token";

  /** A tiny LSTM: a run of it ends within a second. */
  private static final String TINY =
      """
      {"task": {"kind": "adding", "length": 8},
       "layers": [{"cell": "lstm", "hidden": 4, "forgetBias": 1.0}],
       "training": {"optimizer": "sgd", "learningRate": 0.01, "batchSize": 2, "steps": 6},
       "probeEvery": 2, "seed": 7}
      """;

  @Autowired ClassStore store;

  private String code;

  @BeforeEach
  void aClassAtATinySavedExperiment() {
    String slug = api.post("/api/experiments", TINY).json().get("slug").asString();
    ApiClient.Answer created =
        api.call(
            "POST",
            "/api/classes",
            "{\"title\": \"Period 3\", \"start\": \"" + slug + "\"}",
            TEACHER,
            INSTRUCTOR_TOKEN);
    assertThat(created.status()).as(created.response().body()).isEqualTo(201);
    code = created.json().get("code").asString();
    assertThat(created.header("Location")).isEqualTo("/api/classes/" + code);
    assertThat(created.json().get("target").get("spec").get("layers").get(0).get("cell").asString())
        .isEqualTo("lstm");
  }

  @Test
  void withoutTheInstructorTokenTheInstructorEndpointsRefuseAndChangeNothing() {
    List<ApiClient.Answer> refused = new ArrayList<>();
    for (String[] header : List.of(new String[0], new String[] {TEACHER, "guess"})) {
      refused.add(
          api.call("POST", "/api/classes", "{\"title\": \"x\", \"start\": \"bound\"}", header));
      refused.add(
          api.call("PUT", "/api/classes/" + code + "/target", "{\"start\": \"bound\"}", header));
      refused.add(
          api.call("PUT", "/api/classes/" + code + "/locks", "{\"locks\": [\"init\"]}", header));
      refused.add(api.call("PUT", "/api/classes/" + code + "/sweep", sweep(), header));
      refused.add(api.call("DELETE", "/api/classes/" + code + "/sweep", null, header));
      refused.add(api.call("DELETE", "/api/classes/" + code, null, header));
      refused.add(api.call("GET", "/api/classes/" + code + "/dashboard", null, header));
      refused.add(
          api.call("PUT", "/api/classes/" + code + "/runs/x/hidden", "{\"hidden\": true}", header));
    }

    for (int i = 0; i < refused.size(); i++) {
      ApiClient.Answer a = refused.get(i);
      assertThat(a.status()).as(a.response().body()).isEqualTo(i < refused.size() / 2 ? 401 : 403);
      assertThat(a.json().get("field").asString()).isEqualTo(TEACHER);
      assertThat(a.json().get("message").asString()).contains("instructor token");
    }
    JsonNode unchanged = api.get("/api/classes/" + code).json();
    assertThat(unchanged.get("version").asInt()).isEqualTo(1);
    assertThat(unchanged.get("locks")).isEmpty();
    assertThat(unchanged.get("ended").asBoolean()).isFalse();
    assertThat(unchanged.get("sweep").isNull()).isTrue();
  }

  @Test
  void aWrongCodeAnAbsurdCodeAndAnExpiredCodeAreAnsweredClearly() {
    ApiClient.Answer wrong = api.get("/api/classes/KMN473");
    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.json().get("field").asString()).isEqualTo("code");
    assertThat(wrong.json().get("message").asString())
        .isEqualTo(
            "There is no class with code \"KMN473\"; check the code your instructor gave you.");
    assertThat(api.post("/api/classes/../../etc/students", "{\"nickname\": \"Ann\"}").status())
        .isIn(400, 404);
    assertThat(api.post("/api/classes/0O0O0O/students", "{\"nickname\": \"Ann\"}").status())
        .isEqualTo(404);

    Instant past = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MILLIS);
    store.insert(
        new Classroom(
            "XWYTRP",
            "Last term",
            past,
            past.plus(Duration.ofDays(14)),
            null,
            1,
            new Target(Target.Kind.LESSON, "bound", "{}"),
            List.of(),
            null));
    ApiClient.Answer expired = api.post("/api/classes/XWYTRP/students", "{\"nickname\": \"Ann\"}");
    assertThat(expired.status()).isEqualTo(404);
    assertThat(expired.json().get("error").asString()).isEqualTo("class expired");
    assertThat(expired.json().get("message").asString()).contains("expired on");
  }

  @Test
  void nicknameAbuseIsRefusedNamingTheFieldAndNobodyJoins() {
    for (String nickname : List.of("a".repeat(25), "<script>alert(1)</script>", "", "Ann\\nBob")) {
      ApiClient.Answer a = join(nickname);
      assertThat(a.status()).as(nickname).isEqualTo(400);
      assertThat(a.json().get("field").asString()).isEqualTo("nickname");
      assertThat(a.json().get("message").asString()).startsWith("nickname");
    }
    assertThat(join("a".repeat(25)).json().get("message").asString()).contains("at most 24");
    assertThat(api.post("/api/classes/" + code + "/students", "[1, 2]").status()).isEqualTo(400);
    assertThat(dashboard().get("students").asInt()).isZero();
  }

  @Test
  void aStudentSpecThatChangesALockedSettingIsRefusedNamingTheField() {
    teacher("PUT", "/locks", "{\"locks\": [\"layers[].forgetBias\", \"training\"]}");
    JsonNode ann = join("Ann").json();
    String changed =
        ann.get("spec").toString().replace("\"forgetBias\":1.0", "\"forgetBias\":-3.0");

    ApiClient.Answer refused = run(ann, changed);

    assertThat(refused.status()).as(refused.response().body()).isEqualTo(403);
    assertThat(refused.json().get("error").asString()).isEqualTo("locked setting");
    assertThat(refused.json().get("field").asString()).isEqualTo("layers[0].forgetBias");
    assertThat(refused.json().get("message").asString())
        .startsWith("layers[0].forgetBias is locked by your instructor at 1.0");
    assertThat(refused.json().get("errors")).hasSize(1);
    assertThat(api.call("POST", "/api/classes/" + code + "/runs", TINY).status())
        .as("no student token")
        .isEqualTo(403);
  }

  @Test
  void sweepValuesAreAssignedInOrderToThreeStudentsAndTheirRunsFillTheGallery() {
    JsonNode swept = teacher("PUT", "/sweep", sweep());
    assertThat(swept.get("sweep").get("values").toString()).isEqualTo("[-3.0,0.0,3.0]");
    List<JsonNode> students = new ArrayList<>();
    for (String name : List.of("Ann", "Bob", "小明")) {
      ApiClient.Answer joined = join(name);
      assertThat(joined.status()).as(joined.response().body()).isEqualTo(201);
      students.add(joined.json());
    }
    assertThat(students)
        .extracting(s -> s.get("sweepValue").asDouble())
        .containsExactly(-3.0, 0.0, 3.0);
    assertThat(students)
        .extracting(s -> s.get("spec").get("layers").get(0).get("forgetBias").asDouble())
        .containsExactly(-3.0, 0.0, 3.0);

    for (JsonNode s : students) {
      ApiClient.Answer started = run(s, s.get("spec").toString());
      assertThat(started.status()).as(started.response().body()).isEqualTo(201);
      assertThat(api.awaitEnd(started.json().get("id").asString()).get("status").asString())
          .isEqualTo("finished");
    }
    JsonNode gallery = awaitGallery(3);

    assertThat(gallery)
        .extracting(c -> c.get("nickname").asString())
        .containsExactlyInAnyOrder("Ann", "Bob", "小明");
    for (JsonNode card : gallery) {
      assertThat(card.get("sweepPath").asString()).isEqualTo("layers[].forgetBias");
      assertThat(card.get("finalLoss").isNumber()).isTrue();
      assertThat(card.get("heatmap").get("log10").get(0)).hasSize(8);
      assertThat(api.get("/api/experiments/" + card.get("slug").asString()).status())
          .isEqualTo(200);
    }
    String first = gallery.get(0).get("id").asString();
    assertThat(
            teacher("PUT", "/runs/" + first + "/hidden", "{\"hidden\": true}")
                .get("hidden")
                .asBoolean())
        .isTrue();
    assertThat(api.get("/api/classes/" + code + "/gallery").json()).hasSize(2);
    assertThat(
            api.call("GET", "/api/classes/" + code + "/gallery", null, TEACHER, INSTRUCTOR_TOKEN)
                .json())
        .hasSize(3);
    assertThat(dashboard().get("runsKept").asInt()).isEqualTo(3);
  }

  @Test
  void anEndedClassTakesNoMoreStudentsButShowsItsGallery() {
    JsonNode ended = teacher("DELETE", "", null);
    assertThat(ended.get("ended").asBoolean()).isTrue();

    ApiClient.Answer late = join("Ann");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("error").asString()).isEqualTo("class ended");
    assertThat(api.get("/api/classes/" + code + "/gallery").status()).isEqualTo(200);
  }

  @Test
  void aPutWhoseBodyIsNotJsonIsRefusedBeforeItIsRead() {
    teacher("PUT", "/locks", "{\"locks\": [\"init\"]}");
    var answer =
        api.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + port + "/api/classes/" + code + "/locks"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"locks\": []}"))
                .header("Content-Type", "text/plain")
                .header(TEACHER, INSTRUCTOR_TOKEN));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.json().get("field").asString()).isEqualTo("Content-Type");
    assertThat(api.get("/api/classes/" + code).json().get("locks")).hasSize(1);
  }

  private static String sweep() {
    return "{\"path\": \"layers[].forgetBias\", \"from\": -3, \"to\": 3, \"count\": 3}";
  }

  private ApiClient.Answer join(String nickname) {
    return api.post("/api/classes/" + code + "/students", "{\"nickname\": \"" + nickname + "\"}");
  }

  private ApiClient.Answer run(JsonNode student, String spec) {
    return api.call(
        "POST",
        "/api/classes/" + code + "/runs",
        spec,
        STUDENT,
        student.get("studentToken").asString());
  }

  private JsonNode teacher(String method, String path, String body) {
    ApiClient.Answer a =
        api.call(method, "/api/classes/" + code + path, body, TEACHER, INSTRUCTOR_TOKEN);
    assertThat(a.status()).as(a.response().body()).isEqualTo(200);
    return a.json();
  }

  private JsonNode dashboard() {
    return teacher("GET", "/dashboard", null);
  }

  private JsonNode awaitGallery(int size) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonNode gallery = api.get("/api/classes/" + code + "/gallery").json();
      if (gallery.size() >= size) {
        return gallery;
      }
      assertThat(System.nanoTime()).as("gallery of %d: %s", size, gallery).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
