package gradflow.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary at the top of {@code /v3/api-docs}, for whoever scripts GradFlow. */
@Configuration
class ApiDocs {

  @Bean
  OpenAPI gradflowOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("GradFlow API")
                .version("1")
                .description(
                    "Start training runs from an experiment spec, watch their gradient probes as"
                        + " they are taken, and cancel them. The spec and the probe follow the"
                        + " contracts of GradFlow's DESIGN.md."));
  }
}
