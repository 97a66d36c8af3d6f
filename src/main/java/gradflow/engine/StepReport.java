package gradflow.engine;

/**
 * What one training step did.
 *
 * @param step the step number (0-based: the number of updates made before it)
 * @param loss the loss on the step's batch, before the update
 * @param globalNormBefore the global gradient norm before clipping (NaN if the loss already
 *     diverged)
 * @param globalNormAfter the global gradient norm after clipping
 * @param clipped whether clipping changed the gradient
 * @param diverged whether the run has diverged (at this step or before); no update was made
 * @param divergence "diverged at step k: …" once diverged, null otherwise
 * @param probe the probe taken on this step, or null when none was asked for (or the step was
 *     skipped)
 */
public record StepReport(
    int step,
    double loss,
    double globalNormBefore,
    double globalNormAfter,
    boolean clipped,
    boolean diverged,
    String divergence,
    Probe probe) {}
