package gradflow.task;

import gradflow.engine.Batch;

/** What every task shares: its shape, and the (seed, step) → generator plumbing. */
abstract class BaseTask implements Task {
  private final TaskKind kind;
  private final int length;
  private final int sequenceLength;
  private final int inputSize;
  private final int outputSize;
  private final LossKind lossKind;
  private final int[] lossSteps;

  BaseTask(
      TaskKind kind,
      int length,
      int sequenceLength,
      int inputSize,
      int outputSize,
      LossKind lossKind,
      int[] lossSteps) {
    this.kind = kind;
    this.length = length;
    this.sequenceLength = sequenceLength;
    this.inputSize = inputSize;
    this.outputSize = outputSize;
    this.lossKind = lossKind;
    this.lossSteps = lossSteps;
  }

  @Override
  public final TaskKind kind() {
    return kind;
  }

  @Override
  public final int length() {
    return length;
  }

  @Override
  public final int sequenceLength() {
    return sequenceLength;
  }

  @Override
  public final int inputSize() {
    return inputSize;
  }

  @Override
  public final int outputSize() {
    return outputSize;
  }

  @Override
  public final LossKind lossKind() {
    return lossKind;
  }

  @Override
  public final int[] lossSteps() {
    return lossSteps.clone();
  }

  @Override
  public final Batch batch(int batchSize, long seed, long step) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    return generate(SplitMix.forBatch(seed, step), batchSize);
  }

  abstract Batch generate(SplitMix rng, int batchSize);

  /** The steps first, first + 1, ..., to - 1. */
  static int[] range(int first, int to) {
    int[] steps = new int[to - first];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = first + i;
    }
    return steps;
  }

  @Override
  public String toString() {
    return kind.id() + "(length " + length + ")";
  }
}
