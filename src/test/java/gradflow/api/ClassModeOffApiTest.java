package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without an instructor token class mode is off, and every class endpoint says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassModeOffApiTest {
  @LocalServerPort int port;

  @Test
  void theInstructorIsToldHowToTurnClassModeOnAndStudentsThatThereIsNone() {
    ApiClient api = new ApiClient(port);

    ApiClient.Answer create =
        api.call(
            "POST",
            "/api/classes",
            "{\"title\": \"Period 3\", \"start\": \"bound\"}",
            "X-Instructor-Token",
            "anything");
    ApiClient.Answer join = api.post("/api/classes/KMN473/students", "{\"nickname\": \"Ann\"}");

    assertThat(create.status()).isEqualTo(404);
    assertThat(create.json().get("error").asString()).isEqualTo("class mode off");
    assertThat(create.json().get("message").asString())
        .contains("set the environment variable GRADFLOW_INSTRUCTOR_TOKEN");
    assertThat(join.status()).isEqualTo(404);
    assertThat(join.json().get("message").asString()).contains("no class mode on this server");
  }
}
