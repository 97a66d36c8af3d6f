package gradflow.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole app on a random port, with room for a few runs only, so that the busy answer can be
 * reached, and class mode on. Every API test class shares this one context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gradflow.runs.workers=2",
      "gradflow.runs.max-active=2",
      "gradflow.runs.queue-capacity=2",
      "gradflow.runs.per-client=10",
      "gradflow.class.instructor-token=" + ApiTest.INSTRUCTOR_TOKEN
    })
abstract class ApiTest {
  /** The instructor token of the shared context: class mode is on. */
  static final String INSTRUCTOR_TOKEN = "teacher-secret";

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /** A linear RNN on the adding task (loss at the last step), orthogonal W_h scaled to rho. */
  static String linearRnn(double rho, int steps) {
    return """
        {"task": {"kind": "adding", "length": 30},
         "layers": [{"cell": "rnn", "hidden": 16, "activation": "identity"}],
         "init": {"scheme": "orthogonal", "spectralRadius": %s},
         "training": {"steps": %d}, "seed": 11}
        """
        .formatted(rho, steps);
  }
}
