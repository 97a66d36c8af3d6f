package gradflow.api;

import gradflow.experiment.Specs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and summary at the top of {@code /v3/api-docs}, for whoever scripts GradFlow, and the
 * spec's schemas from the settings table.
 */
@Configuration
class ApiDocs {

  /**
   * The spec's schemas as the settings table describes them: help, units, ranges, defaults, the ids
   * of every choice (springdoc alone would list a plain enum's constant names, ADDING, where the
   * API reads only ids) and examples.
   */
  @Bean
  OpenApiCustomizer specFromTheSettingsTable(Specs specs) {
    return api -> {
      if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
        new SpecSchemas(specs.table()).describe(api.getComponents().getSchemas());
      }
    };
  }

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
