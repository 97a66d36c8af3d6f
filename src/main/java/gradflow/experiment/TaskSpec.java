package gradflow.experiment;

import gradflow.task.Task;
import gradflow.task.TaskKind;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The task to train on.
 *
 * @param kind one of {@link TaskKind}, written by its id ({@code "adding"})
 * @param length what it counts depends on the kind: {@link TaskKind#lengthMeaning()}
 */
public record TaskSpec(@JsonSerialize(using = TaskKindJson.class) TaskKind kind, int length) {

  /**
   * Builds the task; validate the spec first ({@link SpecValidator}), which explains a bad length
   * in words.
   */
  public Task create() {
    return kind.create(length);
  }
}
