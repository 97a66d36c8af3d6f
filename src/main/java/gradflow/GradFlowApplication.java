package gradflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts GradFlow: the playground page at {@code /} and the REST API under {@code /api}. */
@SpringBootApplication
public class GradFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(GradFlowApplication.class, args);
  }
}
