package gradflow.api;

import gradflow.task.TaskKind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary at the top of {@code /v3/api-docs}, for whoever scripts GradFlow. */
@Configuration
class ApiDocs {

  /**
   * The task package is plain Java, so its {@link TaskKind} carries no Jackson annotation and
   * springdoc would list its constant names (ADDING) where the API accepts only ids (adding): every
   * enum value that is a task kind's name is replaced by its id.
   */
  @Bean
  org.springdoc.core.customizers.OpenApiCustomizer taskKindsByTheirIds() {
    return api -> {
      if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
        return;
      }
      api.getComponents().getSchemas().values().forEach(ApiDocs::taskKindIds);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void taskKindIds(io.swagger.v3.oas.models.media.Schema schema) {
    if (schema.getEnum() != null) {
      List<Object> ids = new ArrayList<>();
      for (Object value : (List<Object>) schema.getEnum()) {
        ids.add(
            Arrays.stream(TaskKind.values())
                .filter(k -> k.name().equals(value))
                .findFirst()
                .<Object>map(TaskKind::id)
                .orElse(value));
      }
      schema.setEnum(ids);
    }
    if (schema.getProperties() != null) {
      ((Map<String, io.swagger.v3.oas.models.media.Schema>) schema.getProperties())
          .values()
          .forEach(ApiDocs::taskKindIds);
    }
    if (schema.getItems() != null) {
      taskKindIds(schema.getItems());
    }
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
