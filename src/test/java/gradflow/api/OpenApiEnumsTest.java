package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.Specs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description lists, for every enumerated setting, exactly the words the API accepts: a
 * client generated from it must not send ADDING where only adding is read.
 */
class OpenApiEnumsTest extends ApiTest {
  @Autowired Specs specs;

  /** Where each schema's enumerated property sits in a spec. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "TaskSpec.kind", "task.kind",
          "LayerSpec.cell", "layers[0].cell",
          "LayerSpec.activation", "layers[0].activation",
          "ExperimentSpec.connection", "connection",
          "InitSpec.scheme", "init.scheme",
          "TrainingSpec.optimizer", "training.optimizer");

  @Test
  void everyEnumValueInTheApiDescriptionIsOneTheSpecReaderAccepts() {
    JsonNode schemas = api.get("/v3/api-docs").json().path("components").path("schemas");
    List<String> checked = new ArrayList<>();
    for (var schema : schemas.properties()) {
      for (var property : schema.getValue().path("properties").properties()) {
        JsonNode values = property.getValue().path("enum");
        if (!values.isArray()) {
          continue;
        }
        String key = schema.getKey() + "." + property.getKey();
        String field = FIELDS.get(key);
        if (field == null) {
          // An answer's enum (a run's status): the API writes ids, which are lower case.
          for (JsonNode value : values) {
            assertThat(value.asString()).as(key).isEqualTo(value.asString().toLowerCase());
          }
          continue;
        }
        for (JsonNode value : values) {
          var read = specs.read(spec(field, value.asString()));
          assertThat(read.errors())
              .as("%s = %s", field, value.asString())
              .noneMatch(v -> v.field().equals(field));
          checked.add(field + "=" + value.asString());
        }
      }
    }
    assertThat(checked).contains("task.kind=adding", "layers[0].cell=lstm", "connection=dense");
  }

  private static String spec(String field, String value) {
    String task = field.equals("task.kind") ? value : "adding";
    String cell = field.equals("layers[0].cell") ? value : "rnn";
    String activation = field.equals("layers[0].activation") ? value : "tanh";
    String connection = field.equals("connection") ? value : "plain";
    String scheme = field.equals("init.scheme") ? value : "xavier";
    String optimizer = field.equals("training.optimizer") ? value : "adam";
    return """
        {"task": {"kind": "%s"}, "layers": [{"cell": "%s", "activation": "%s"}],
         "connection": "%s", "init": {"scheme": "%s"},
         "training": {"optimizer": "%s", "steps": 0}}
        """
        .formatted(task, cell, activation, connection, scheme, optimizer);
  }
}
