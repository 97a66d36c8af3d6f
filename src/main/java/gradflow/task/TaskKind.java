package gradflow.task;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Every task GradFlow knows, by the name a spec's {@code task.kind} uses. This is the registry: the
 * spec's allowed kinds, the meaning and bounds of {@code task.length} per kind and the default
 * length all come from here.
 */
public enum TaskKind {
  ADDING(
      "adding",
      "Adding problem",
      "the sequence length T",
      2,
      Integer.MAX_VALUE,
      50,
      AddingTask::new),
  COPY(
      "copy",
      "Copy memory",
      "the delay T between the last of the 10 symbols and the echo (the sequence has T + 20 steps)",
      1,
      Integer.MAX_VALUE,
      20,
      CopyTask::new),
  RECALL(
      "recall",
      "Recall the first symbol",
      "the number T of distractor steps (the sequence has T + 2 steps)",
      0,
      Integer.MAX_VALUE,
      20,
      RecallTask::new),
  ORDER(
      "order",
      "Temporal order",
      "the sequence length T",
      10,
      Integer.MAX_VALUE,
      50,
      OrderTask::new),
  PARITY(
      "parity", "Delayed XOR", "the sequence length T", 2, Integer.MAX_VALUE, 50, ParityTask::new),
  REVERSE(
      "reverse",
      "Reverse a sequence",
      "the number n of symbols to reverse (the sequence has 2n + 1 steps)",
      1,
      Integer.MAX_VALUE,
      10,
      ReverseTask::new),
  SPIRALS(
      "spirals",
      "Two spirals (depth)",
      "always 1: one step, so depth is the only long path",
      1,
      1,
      1,
      SpiralsTask::new);

  private final String id;
  private final String label;
  private final String lengthMeaning;
  private final int minLength;
  private final int maxLength;
  private final int defaultLength;
  private final IntFunction<Task> factory;

  TaskKind(
      String id,
      String label,
      String lengthMeaning,
      int minLength,
      int maxLength,
      int defaultLength,
      IntFunction<Task> factory) {
    this.id = id;
    this.label = label;
    this.lengthMeaning = lengthMeaning;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.defaultLength = defaultLength;
    this.factory = factory;
  }

  /** The name in a spec's {@code task.kind}, e.g. {@code "adding"}. */
  public String id() {
    return id;
  }

  /** A short human name for menus. */
  public String label() {
    return label;
  }

  /** What {@code task.length} counts for this kind, as a phrase ("the sequence length T"). */
  public String lengthMeaning() {
    return lengthMeaning;
  }

  /** The smallest length the task can be built with. */
  public int minLength() {
    return minLength;
  }

  /**
   * The largest length the task itself allows ({@link Integer#MAX_VALUE} when only the instructor's
   * limit applies).
   */
  public int maxLength() {
    return maxLength;
  }

  public int defaultLength() {
    return defaultLength;
  }

  /**
   * True for the task that exercises depth rather than time (one step, for feed-forward stacks).
   */
  public boolean isDepthTask() {
    return maxLength == 1;
  }

  /**
   * Builds the task.
   *
   * @throws IllegalArgumentException when {@code length} is outside [minLength, maxLength];
   *     validate specs first to get a message a student understands
   */
  public Task create(int length) {
    if (length < minLength || length > maxLength) {
      throw new IllegalArgumentException(
          id + " needs a length in [" + minLength + ", " + maxLength + "], got " + length);
    }
    return factory.apply(length);
  }

  public static Optional<TaskKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(TaskKind::id).toList();
  }
}
