package gradflow.experiment;

import gradflow.experiment.Setting.Presence;
import java.util.List;

/**
 * Checks every field of a spec built in code against its {@link SettingsTable} row: present where
 * required, within range. (A parsed spec already passed the same rows in {@link SpecReader}.)
 */
final class FieldCheck {
  private final SettingsTable table;
  private final List<Violation> errors;

  FieldCheck(SettingsTable table, List<Violation> errors) {
    this.table = table;
    this.errors = errors;
  }

  /** True when nothing was wrong. */
  boolean check(ExperimentSpec spec) {
    int before = errors.size();
    if (spec == null) {
      errors.add(new Violation(Violation.WHOLE_SPEC, null, "There is no spec."));
      return false;
    }
    number("version", "version", spec.version());
    if (present("task", spec.task())) {
      present("task.kind", spec.task().kind());
      number("task.length", "task.length", spec.task().length());
    }
    if (present("layers", spec.layers())) {
      Setting list = table.get("layers");
      if (!list.inRange(spec.layers().size())) {
        int n = spec.layers().size();
        errors.add(list.outside("layers", "a list of " + n + (n == 1 ? " entry" : " entries")));
      }
      for (int i = 0; i < spec.layers().size(); i++) {
        layer("layers[" + i + "]", spec.layers().get(i));
      }
    }
    present("connection", spec.connection());
    if (present("init", spec.init())) {
      present("init.scheme", spec.init().scheme());
      number("init.spectralRadius", "init.spectralRadius", spec.init().spectralRadius());
    }
    if (present("training", spec.training())) {
      TrainingSpec t = spec.training();
      present("training.optimizer", t.optimizer());
      number("training.learningRate", "training.learningRate", t.learningRate());
      number("training.batchSize", "training.batchSize", t.batchSize());
      number("training.steps", "training.steps", t.steps());
      number("training.clipNorm", "training.clipNorm", t.clipNorm());
      number("training.clipValue", "training.clipValue", t.clipValue());
    }
    number("probeEvery", "probeEvery", spec.probeEvery());
    number("seed", "seed", spec.seed());
    return errors.size() == before;
  }

  private void layer(String f, LayerSpec layer) {
    if (layer == null) {
      errors.add(SpecReader.notALayer(f, "null"));
      return;
    }
    if (!present(f + ".cell", layer.cell())) {
      return;
    }
    String cell = layer.cell().id();
    number(f + ".hidden", "layers[].hidden", layer.hidden());
    if (table.get("layers[].activation").appliesTo(cell)) {
      present(f + ".activation", layer.activation());
    }
    if (table.get("layers[].forgetGate").appliesTo(cell)) {
      present(f + ".forgetGate", layer.forgetGate());
      if (Boolean.TRUE.equals(layer.forgetGate())) {
        present(f + ".forgetBias", layer.forgetBias());
      }
    }
    if (layer.forgetBias() != null) {
      number(f + ".forgetBias", "layers[].forgetBias", layer.forgetBias());
    }
  }

  private boolean present(String field, Object value) {
    if (value == null) {
      errors.add(table.forField(field).orElseThrow().missing(field));
      return false;
    }
    return true;
  }

  private void number(String field, String path, Number value) {
    Setting s = table.get(path);
    if (value == null) {
      if (s.presence() != Presence.OPTIONAL) {
        errors.add(s.missing(field));
      }
    } else if (!s.inRange(value)) {
      errors.add(s.outside(field, SpecValidator.show(value)));
    }
  }
}
