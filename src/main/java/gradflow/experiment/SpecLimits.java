package gradflow.experiment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits an instructor can set, e.g. by environment variable {@code
 * GRADFLOW_LIMITS_MAXHIDDEN=128} or property {@code gradflow.limits.max-hidden=128}. {@link
 * SettingsTable} turns them into the allowed ranges; nothing else holds a copy.
 *
 * <p>The work cap. {@link SpecValidator#work} estimates a run's cost as Σ over layers of gates ×
 * hidden² (gates: 1 for rnn and dense, 3 for gru, 4 for lstm), × the task's sequence length × batch
 * size × steps (steps 0 counts as 1: the probe). One unit is one multiply-add of the recurrent
 * product h_{t−1} W_h for one sequence in the forward pass. The bare recurrent kernels (forward
 * product and tanh, the two backward products) run at about 10^9 units a second on one core with
 * EJML (measured for hidden 32–128, batch 32, T = 50, on the 2-core development machine, November
 * 2026); a full training step (input weights, gates, optimiser, probes) is several times slower,
 * call it 2–3 × 10^8 units a second. The default cap of 10^11 is therefore about 5–10 minutes of
 * one free core: the lesson presets fit easily (the DESIGN.md example, an rnn and an lstm layer of
 * 32 on adding T = 50, batch 32, 2000 steps, is 1.6 × 10^10), while an hour-long run is refused.
 * Raise it on a big machine with {@code GRADFLOW_LIMITS_MAXWORK}.
 *
 * @param maxLayers the most layers a stack may have
 * @param maxHidden the widest a layer may be
 * @param maxLength the largest {@code task.length}
 * @param maxBatchSize the largest {@code training.batchSize}
 * @param maxSteps the most training steps per run
 * @param maxWork the most units of work per run (see above)
 */
@ConfigurationProperties("gradflow.limits")
public record SpecLimits(
    @DefaultValue("" + SpecLimits.DEFAULT_MAX_LAYERS) int maxLayers,
    @DefaultValue("" + SpecLimits.DEFAULT_MAX_HIDDEN) int maxHidden,
    @DefaultValue("" + SpecLimits.DEFAULT_MAX_LENGTH) int maxLength,
    @DefaultValue("" + SpecLimits.DEFAULT_MAX_BATCH_SIZE) int maxBatchSize,
    @DefaultValue("" + SpecLimits.DEFAULT_MAX_STEPS) int maxSteps,
    @DefaultValue("" + SpecLimits.DEFAULT_MAX_WORK) long maxWork) {

  public static final int DEFAULT_MAX_LAYERS = 64;
  public static final int DEFAULT_MAX_HIDDEN = 256;
  public static final int DEFAULT_MAX_LENGTH = 1000;
  public static final int DEFAULT_MAX_BATCH_SIZE = 256;
  public static final int DEFAULT_MAX_STEPS = 100_000;
  public static final long DEFAULT_MAX_WORK = 100_000_000_000L;

  /** The limits when nobody configures any. */
  public static final SpecLimits DEFAULTS =
      new SpecLimits(
          DEFAULT_MAX_LAYERS,
          DEFAULT_MAX_HIDDEN,
          DEFAULT_MAX_LENGTH,
          DEFAULT_MAX_BATCH_SIZE,
          DEFAULT_MAX_STEPS,
          DEFAULT_MAX_WORK);

  /**
   * Refuses limits that would make every spec invalid, so a typo fails at startup, not in class.
   */
  public SpecLimits {
    requireAtLeast("max-layers", maxLayers, 1);
    requireAtLeast("max-hidden", maxHidden, 1);
    requireAtLeast("max-length", maxLength, 1);
    requireAtLeast("max-batch-size", maxBatchSize, 1);
    requireAtLeast("max-steps", maxSteps, 0);
    requireAtLeast("max-work", maxWork, 1);
  }

  private static void requireAtLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(
          "gradflow.limits." + name + " is " + value + ", but it must be at least " + min);
    }
  }
}
