package gradflow.experiment;

import gradflow.task.TaskKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link TaskKind} by its id, so that the plain-Java {@code task} package needs no Jackson
 * annotations and any ObjectMapper (the REST API's too) writes the same JSON as {@link SpecJson}.
 */
final class TaskKindJson extends ValueSerializer<TaskKind> {
  @Override
  public void serialize(TaskKind value, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeString(value.id());
  }
}
