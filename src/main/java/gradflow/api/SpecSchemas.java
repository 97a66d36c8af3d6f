package gradflow.api;

import gradflow.experiment.Setting;
import gradflow.experiment.Setting.Presence;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.SpecJson;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spec's part of {@code /v3/api-docs}, written from the settings table: each property's help,
 * unit, range, default, allowed ids and example, which properties are required, and an example of
 * each object (the whole spec's is one the API accepts). Springdoc gives the shape from the spec's
 * records; everything a client needs to fill them in comes from the same rows the reader checks
 * against, so the two cannot drift apart.
 */
final class SpecSchemas {
  private static final String REF_PREFIX = "#/components/schemas/";
  private static final String ROOT = "ExperimentSpec";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SettingsTable table;

  SpecSchemas(SettingsTable table) {
    this.table = table;
  }

  /** Describes the spec's schemas among these, if springdoc wrote them. */
  void describe(Map<String, Schema> schemas) {
    Schema<?> root = schemas.get(ROOT);
    if (root != null) {
      describe(schemas, root, "", JSON.readTree(SpecJson.write(table.example())));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void describe(
      Map<String, Schema> schemas, Schema schema, String holder, JsonNode example) {
    schema.setExample(JSON.convertValue(example, Object.class));
    Map<String, Schema> properties = schema.getProperties();
    List<String> required = new ArrayList<>();
    for (Setting s : table.children(holder)) {
      Schema property = properties == null ? null : properties.get(s.name());
      if (property == null) {
        continue;
      }
      if (s.presence() == Presence.REQUIRED) {
        required.add(s.name());
      }
      JsonNode given = example == null ? null : example.get(s.name());
      switch (s.type()) {
        case OBJECT -> {
          Schema object = resolve(schemas, property);
          object.setDescription(s.help());
          describe(schemas, object, s.path(), given);
        }
        case LIST -> {
          property.setDescription(s.help());
          property.setMinItems(s.min().intValue());
          property.setMaxItems(s.max().intValue());
          Schema element = resolve(schemas, property.getItems());
          describe(schemas, element, s.path() + "[]", given == null ? null : given.get(0));
        }
        default -> leaf(property, s, given);
      }
    }
    schema.setRequired(required.isEmpty() ? null : required);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void leaf(Schema property, Setting s, JsonNode given) {
    property.setDescription(s.help() + (s.unit() == null ? "" : " Unit: " + s.unitEnglish() + "."));
    property.setExample(
        given == null || given.isNull() ? s.example() : JSON.convertValue(given, Object.class));
    if (s.defaultValue() != null) {
      property.setDefault(s.defaultValue());
    }
    if (s.min() != null) {
      property.setMinimum(new BigDecimal(s.min().toString()));
    }
    if (s.max() != null) {
      property.setMaximum(new BigDecimal(s.max().toString()));
    }
    if (!s.choices().isEmpty()) {
      property.setEnum(new ArrayList<>(s.choices()));
    }
  }

  @SuppressWarnings("rawtypes")
  private static Schema resolve(Map<String, Schema> schemas, Schema schema) {
    String ref = schema.get$ref();
    return ref != null && ref.startsWith(REF_PREFIX)
        ? schemas.get(ref.substring(REF_PREFIX.length()))
        : schema;
  }
}
