package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.Setting;
import gradflow.experiment.Specs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The spec in {@code /v3/api-docs} says what the settings table says, row by row: a new row is
 * described, with an example, without a line of API code.
 */
class SpecSchemasTest extends ApiTest {
  @Autowired Specs specs;

  @Test
  void everySettingIsDescribedByItsHelpWithItsRangeAndAnExample() {
    JsonNode schemas = schemas();
    List<String> described = new ArrayList<>();
    for (Setting s : specs.table().settings()) {
      JsonNode holder = schemaOf(schemas, s.parent());
      JsonNode property = holder.path("properties").path(s.name());
      assertThat(property.isMissingNode()).as(s.path()).isFalse();
      if (s.isLeaf()) {
        assertThat(property.path("description").asString()).as(s.path()).startsWith(s.help());
        assertThat(property.path("example").isMissingNode()).as(s.path() + " example").isFalse();
        if (s.min() != null) {
          assertThat(property.path("minimum").decimalValue())
              .as(s.path())
              .isEqualByComparingTo(new BigDecimal(s.min().toString()));
          assertThat(property.path("maximum").decimalValue())
              .as(s.path())
              .isEqualByComparingTo(new BigDecimal(s.max().toString()));
        }
        if (!s.choices().isEmpty()) {
          assertThat(property.path("enum").valueStream().map(JsonNode::asString).toList())
              .as(s.path())
              .isEqualTo(s.choices());
        }
      } else {
        assertThat(schemaOf(schemas, elementPath(s)).path("example").isObject())
            .as(s.path() + " example")
            .isTrue();
      }
      described.add(s.path());
    }
    assertThat(described).contains("layers[].forgetBias", "training.clipValue", "seed");
  }

  @Test
  void theWholeSpecsExampleIsOneTheApiAcceptsAndTheRequiredSettingsAreMarked() {
    JsonNode root = schemas().path("ExperimentSpec");

    assertThat(specs.read(root.path("example").toString()).errors()).isEmpty();
    assertThat(root.path("required").valueStream().map(JsonNode::asString).toList())
        .containsExactlyInAnyOrder("task", "layers");
  }

  private JsonNode schemas() {
    return api.get("/v3/api-docs").json().path("components").path("schemas");
  }

  /** The path of the object a container setting opens: the list's element for a list. */
  private static String elementPath(Setting s) {
    return s.type() == Setting.Type.LIST ? s.path() + "[]" : s.path();
  }

  /** The schema of the object at a table path, followed from the spec's through the references. */
  private static JsonNode schemaOf(JsonNode schemas, String path) {
    JsonNode schema = schemas.path("ExperimentSpec");
    if (path.isEmpty()) {
      return schema;
    }
    for (String step : path.split("\\.")) {
      boolean element = step.endsWith("[]");
      JsonNode property = schema.path("properties").path(step.replace("[]", ""));
      String ref = (element ? property.path("items") : property).path("$ref").asString();
      schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }
}
