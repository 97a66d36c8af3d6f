package gradflow.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One experiment, completely: the JSON document of DESIGN.md ("Contract: the experiment spec") plus
 * a {@code version}. The same spec gives the same numbers.
 *
 * <p>Build specs by parsing ({@link Specs#read(String)}), from {@link Specs#starter()}, or with the
 * records' constructors; a spec built in code is not checked until {@link SpecValidator#validate}
 * sees it. Defaults and limits live in {@link SettingsTable} only, whose rows name these components
 * in the same order (the JSON is written in it).
 *
 * @param version the spec format this document follows; {@link #CURRENT_VERSION} when written by
 *     this GradFlow, 1 when a document has none (the format before the field existed)
 * @param probeEvery a probe is taken at step 0 and every {@code probeEvery} steps after
 * @param seed seeds both the initial weights and the task's batches; at most 2^53 − 1 so that a
 *     browser's JavaScript numbers carry it exactly
 */
public record ExperimentSpec(
    int version,
    TaskSpec task,
    List<LayerSpec> layers,
    Connection connection,
    InitSpec init,
    TrainingSpec training,
    int probeEvery,
    long seed) {

  /** The version this GradFlow writes. Readers accept every version from 1 up to this one. */
  public static final int CURRENT_VERSION = 1;

  public ExperimentSpec {
    // Copied, but nulls kept: a spec built in code may be incomplete, and the validator names the
    // gap.
    layers = layers == null ? null : Collections.unmodifiableList(new ArrayList<>(layers));
  }

  /**
   * The spec with one field replaced, e.g. {@code with("training.batchSize", 16)}: a choice by its
   * id, a number, a switch, null to leave an optional setting out, or a whole object or list. The
   * settings that depend on it are left as they are ({@link SettingsTable#edit} fits them).
   */
  public ExperimentSpec with(String field, Object value) {
    return SettingsTable.standard().tree().with(this, field, value);
  }

  /** How the layers of the stack are joined across depth. */
  public enum Connection implements Choice {
    /** h_l = f(h_{l−1}). */
    PLAIN,
    /** h_l = f(h_{l−1}) + h_{l−1} (He et al. 2016); needs equal widths. */
    RESIDUAL,
    /** Each layer sees the concatenation of all earlier outputs (Huang et al. 2017). */
    DENSE,
    /** h_l = T · f(h_{l−1}) + (1 − T) · h_{l−1} (Srivastava et al. 2015); needs equal widths. */
    HIGHWAY;

    /**
     * Residual and highway add a layer's input to its output, so those must have the same width.
     */
    public boolean needsEqualWidths() {
      return this == RESIDUAL || this == HIGHWAY;
    }
  }
}
