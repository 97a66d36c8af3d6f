package gradflow.experiment;

import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a spec against the {@link SettingsTable} and the rules that tie settings together, with a
 * sentence for each problem that names the field, the value and what is allowed.
 *
 * <p>Reject or warn: a spec is rejected ({@link #validate}) when it cannot run as written or would
 * break the run's contract — a value out of range, a length the task cannot have, unequal widths
 * under residual or highway connections (the skip adds a layer's input to its output), more work
 * than the cap. It is accepted with a warning ({@link #warnings}) when a setting is merely ignored
 * or pointless — a spectral radius with no recurrent layer, an activation on an lstm, a forget-gate
 * bias with the gate off, recurrent cells on the one-step depth task, no recurrent layer on a
 * sequence task, probes rarer than the run is long — because students learn from trying those, and
 * the run is well defined.
 */
public final class SpecValidator {
  private final SettingsTable table;

  public SpecValidator(SettingsTable table) {
    this.table = table;
  }

  /** The problems that stop the spec from running; empty when it may run. */
  public List<Violation> validate(ExperimentSpec spec) {
    List<Violation> errors = new ArrayList<>();
    new FieldCheck(table, errors).check(spec);
    if (errors.isEmpty()) {
      crossField(spec, errors);
    }
    return errors;
  }

  /**
   * Settings that are accepted but have no effect or defeat the lesson; show them, do not refuse.
   */
  public List<Violation> warnings(ExperimentSpec spec) {
    List<Violation> warnings = new ArrayList<>();
    if (!new FieldCheck(table, new ArrayList<>()).check(spec)) {
      return warnings;
    }
    boolean anyRecurrent = spec.layers().stream().anyMatch(l -> l.cell().isRecurrent());
    Double rho = spec.init().spectralRadius();
    if (rho != null && !anyRecurrent) {
      warnings.add(
          new Violation(
              "init.spectralRadius",
              show(rho),
              "init.spectralRadius is "
                  + show(rho)
                  + ", but no layer is recurrent, so there is no W_h to"
                  + " rescale; it has no effect.",
              "noRecurrentToRescale",
              List.of(show(rho))));
    }
    for (int i = 0; i < spec.layers().size(); i++) {
      LayerSpec layer = spec.layers().get(i);
      String f = "layers[" + i + "].";
      String cell = layer.cell().id();
      unusedIn(spec, "layers[" + i + "]", warnings);
      if (spec.task().kind().isDepthTask() && layer.cell().isRecurrent()) {
        warnings.add(
            new Violation(
                f + "cell",
                cell,
                f
                    + "cell is "
                    + cell
                    + ", but the "
                    + spec.task().kind().id()
                    + " task has a single step,"
                    + " so its recurrent weights never act; dense layers show the depth effect more plainly.",
                "recurrentOnDepthTask",
                List.of(cell, spec.task().kind().id())));
      }
    }
    if (!spec.task().kind().isDepthTask() && !anyRecurrent) {
      warnings.add(
          new Violation(
              "layers",
              null,
              "layers has no recurrent layer (rnn, lstm or gru), so nothing carries information from one"
                  + " step to the next and the loss cannot go below the task's baseline.",
              "noRecurrentLayer",
              List.of()));
    }
    int steps = spec.training().steps();
    if (steps > 0 && spec.probeEvery() > steps) {
      warnings.add(
          new Violation(
              "probeEvery",
              String.valueOf(spec.probeEvery()),
              "probeEvery is "
                  + spec.probeEvery()
                  + ", but training.steps is "
                  + steps
                  + ", so only the probe at step 0 is taken.",
              "probeEveryTooLarge",
              List.of(String.valueOf(spec.probeEvery()), String.valueOf(steps))));
    }
    return warnings;
  }

  /**
   * The run's estimated cost in units of work: Σ over layers of gates × hidden², × the task's
   * sequence length × batch size × max(steps, 1). See {@link SpecLimits} for what a unit costs.
   */
  public static double work(ExperimentSpec spec) {
    double perSample = 0;
    for (LayerSpec layer : spec.layers()) {
      perSample += layer.cell().kind().blocks() * (double) layer.hidden() * layer.hidden();
    }
    return perSample
        * spec.task().create().sequenceLength()
        * spec.training().batchSize()
        * Math.max(1, spec.training().steps());
  }

  private void crossField(ExperimentSpec spec, List<Violation> errors) {
    TaskKind kind = spec.task().kind();
    int length = spec.task().length();
    if (length < kind.minLength() || length > kind.maxLength()) {
      String need =
          kind.minLength() == kind.maxLength()
              ? "must be " + kind.minLength()
              : "must be at least " + kind.minLength();
      errors.add(
          new Violation(
              "task.length",
              String.valueOf(length),
              "task.length is "
                  + length
                  + ", but for the "
                  + kind.id()
                  + " task it "
                  + need
                  + " (it is "
                  + kind.lengthMeaning()
                  + ").",
              kind.minLength() == kind.maxLength() ? "taskLengthExactly" : "taskLengthAtLeast",
              List.of(String.valueOf(length), kind.id(), String.valueOf(kind.minLength()))));
      return;
    }
    List<LayerSpec> layers = spec.layers();
    if (spec.connection().needsEqualWidths()) {
      int width = layers.getFirst().hidden();
      for (int i = 1; i < layers.size(); i++) {
        if (layers.get(i).hidden() != width) {
          errors.add(
              new Violation(
                  "layers[" + i + "].hidden",
                  String.valueOf(layers.get(i).hidden()),
                  "layers["
                      + i
                      + "].hidden is "
                      + layers.get(i).hidden()
                      + ", but with "
                      + spec.connection().id()
                      + " connections every layer must be as wide as layers[0] ("
                      + width
                      + "), because each layer adds its input to its output.",
                  "unequalWidth",
                  List.of(
                      String.valueOf(layers.get(i).hidden()),
                      spec.connection().id(),
                      String.valueOf(width))));
        }
      }
    }
    double work = work(spec);
    long cap = table.limits().maxWork();
    if (work > cap) {
      errors.add(
          new Violation(
              "training.steps",
              String.valueOf(spec.training().steps()),
              "training.steps is "
                  + spec.training().steps()
                  + ", but then this run would need about "
                  + scientific(work)
                  + " units of work (gates × hidden² summed over the layers, × sequence"
                  + " length "
                  + spec.task().create().sequenceLength()
                  + " × batch size "
                  + spec.training().batchSize()
                  + " × steps), and one run may use at most "
                  + scientific(cap)
                  + ". Use fewer steps, a smaller batch, a shorter task or narrower"
                  + " layers.",
              "tooMuchWork",
              List.of(String.valueOf(spec.training().steps()), scientific(work), scientific(cap))));
    }
  }

  /**
   * Warns of the values in one layer that nothing reads: a setting its cell does not use, or one
   * whose switch is off. Which are which, the table's {@code cells} and {@code onlyWhen} say.
   */
  private void unusedIn(ExperimentSpec spec, String layer, List<Violation> warnings) {
    List<Setting> rows = table.children("layers[]");
    Map<String, Object> beside = new HashMap<>();
    rows.forEach(s -> beside.put(s.name(), table.valueAt(spec, layer + "." + s.name())));
    Object cell = SettingRules.cellChoice(rows).map(c -> beside.get(c.name())).orElse(null);
    for (Setting s : rows) {
      Object value = beside.get(s.name());
      String field = layer + "." + s.name();
      if (value == null) {
        continue;
      }
      if (cell instanceof String id && !s.appliesTo(id)) {
        warnings.add(noEffect(field, value, id + " layers do not use it", "unusedByCell", id));
      } else if (s.onlyWhen() != null && !Boolean.TRUE.equals(beside.get(s.onlyWhen()))) {
        String switchField = layer + "." + s.onlyWhen();
        warnings.add(noEffect(field, value, switchField + " is false", "switchedOff", switchField));
      }
    }
  }

  /** "layers[0].activation is tanh, but lstm layers do not use it; it has no effect." */
  private static Violation noEffect(
      String field, Object value, String reason, String code, String fact) {
    return new Violation(
        field,
        show(value),
        field + " is " + show(value) + ", but " + reason + "; it has no effect.",
        code,
        List.of(show(value), fact));
  }

  static String show(Object value) {
    return value instanceof Double d && Double.isFinite(d)
        ? Setting.format(d)
        : String.valueOf(value);
  }

  /** 3.3 × 10^11, for numbers a student should read at a glance. */
  static String scientific(double x) {
    int exponent = (int) Math.floor(Math.log10(x));
    double mantissa = x / Math.pow(10, exponent);
    return String.format(Locale.ROOT, "%.1f × 10^%d", mantissa, exponent);
  }
}
