package gradflow.ui.builder;

import gradflow.experiment.Choice;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.InitSpec;
import gradflow.experiment.InitSpec.Scheme;
import gradflow.experiment.LayerSpec;
import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.TaskSpec;
import gradflow.experiment.TrainingSpec;
import gradflow.experiment.TrainingSpec.Optimizer;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and replaces one field of an immutable spec by its JSON path ({@code "layers[1].hidden"},
 * {@code "training.clipNorm"}), the same paths the validator's violations name. Choices travel as
 * their spec ids, numbers as {@link Number}, switches as {@link Boolean}; null switches an optional
 * setting off.
 */
final class SpecFields {
  private static final Pattern LAYER = Pattern.compile("layers\\[(\\d+)]\\.(\\w+)");

  private SpecFields() {}

  static Object get(ExperimentSpec spec, String field) {
    Matcher m = LAYER.matcher(field);
    if (m.matches()) {
      LayerSpec l = spec.layers().get(Integer.parseInt(m.group(1)));
      return switch (m.group(2)) {
        case "cell" -> id(l.cell());
        case "hidden" -> l.hidden();
        case "activation" -> id(l.activation());
        case "forgetGate" -> l.forgetGate();
        case "forgetBias" -> l.forgetBias();
        default -> throw unknown(field);
      };
    }
    return switch (field) {
      case "task.kind" -> spec.task().kind().id();
      case "task.length" -> spec.task().length();
      case "connection" -> id(spec.connection());
      case "init.scheme" -> id(spec.init().scheme());
      case "init.spectralRadius" -> spec.init().spectralRadius();
      case "training.optimizer" -> id(spec.training().optimizer());
      case "training.learningRate" -> spec.training().learningRate();
      case "training.batchSize" -> spec.training().batchSize();
      case "training.steps" -> spec.training().steps();
      case "training.clipNorm" -> spec.training().clipNorm();
      case "training.clipValue" -> spec.training().clipValue();
      case "probeEvery" -> spec.probeEvery();
      case "seed" -> spec.seed();
      default -> throw unknown(field);
    };
  }

  /** The spec with one field replaced; the value must already have the field's type. */
  static ExperimentSpec with(ExperimentSpec s, String field, Object value) {
    Matcher m = LAYER.matcher(field);
    if (m.matches()) {
      int i = Integer.parseInt(m.group(1));
      List<LayerSpec> layers = new ArrayList<>(s.layers());
      layers.set(i, withLayer(layers.get(i), m.group(2), value, field));
      return withLayers(s, layers);
    }
    TaskSpec task = s.task();
    InitSpec init = s.init();
    TrainingSpec t = s.training();
    return switch (field) {
      case "task.kind" ->
          withTask(s, new TaskSpec(choice(TaskKind.fromId((String) value)), task.length()));
      case "task.length" -> withTask(s, new TaskSpec(task.kind(), intOf(value)));
      case "connection" ->
          new ExperimentSpec(
              s.version(),
              task,
              s.layers(),
              choice(Choice.fromId(Connection.class, (String) value)),
              init,
              t,
              s.probeEvery(),
              s.seed());
      case "init.scheme" ->
          withInit(
              s,
              new InitSpec(
                  choice(Choice.fromId(Scheme.class, (String) value)), init.spectralRadius()));
      case "init.spectralRadius" -> withInit(s, new InitSpec(init.scheme(), doubleOf(value)));
      case "training.optimizer" ->
          withTraining(
              s,
              new TrainingSpec(
                  choice(Choice.fromId(Optimizer.class, (String) value)),
                  t.learningRate(),
                  t.batchSize(),
                  t.steps(),
                  t.clipNorm(),
                  t.clipValue()));
      case "training.learningRate" ->
          withTraining(
              s,
              new TrainingSpec(
                  t.optimizer(),
                  doubleOf(value),
                  t.batchSize(),
                  t.steps(),
                  t.clipNorm(),
                  t.clipValue()));
      case "training.batchSize" ->
          withTraining(
              s,
              new TrainingSpec(
                  t.optimizer(),
                  t.learningRate(),
                  intOf(value),
                  t.steps(),
                  t.clipNorm(),
                  t.clipValue()));
      case "training.steps" ->
          withTraining(
              s,
              new TrainingSpec(
                  t.optimizer(),
                  t.learningRate(),
                  t.batchSize(),
                  intOf(value),
                  t.clipNorm(),
                  t.clipValue()));
      case "training.clipNorm" ->
          withTraining(
              s,
              new TrainingSpec(
                  t.optimizer(),
                  t.learningRate(),
                  t.batchSize(),
                  t.steps(),
                  doubleOf(value),
                  t.clipValue()));
      case "training.clipValue" ->
          withTraining(
              s,
              new TrainingSpec(
                  t.optimizer(),
                  t.learningRate(),
                  t.batchSize(),
                  t.steps(),
                  t.clipNorm(),
                  doubleOf(value)));
      case "probeEvery" ->
          new ExperimentSpec(
              s.version(), task, s.layers(), s.connection(), init, t, intOf(value), s.seed());
      case "seed" ->
          new ExperimentSpec(
              s.version(),
              task,
              s.layers(),
              s.connection(),
              init,
              t,
              s.probeEvery(),
              longOf(value));
      default -> throw unknown(field);
    };
  }

  static ExperimentSpec withLayers(ExperimentSpec s, List<LayerSpec> layers) {
    return new ExperimentSpec(
        s.version(),
        s.task(),
        layers,
        s.connection(),
        s.init(),
        s.training(),
        s.probeEvery(),
        s.seed());
  }

  private static LayerSpec withLayer(LayerSpec l, String name, Object value, String field) {
    return switch (name) {
      case "cell" ->
          new LayerSpec(
              choice(Choice.fromId(Cell.class, (String) value)),
              l.hidden(),
              l.activation(),
              l.forgetGate(),
              l.forgetBias());
      case "hidden" ->
          new LayerSpec(l.cell(), intOf(value), l.activation(), l.forgetGate(), l.forgetBias());
      case "activation" ->
          new LayerSpec(
              l.cell(),
              l.hidden(),
              value == null ? null : choice(Choice.fromId(Activation.class, (String) value)),
              l.forgetGate(),
              l.forgetBias());
      case "forgetGate" ->
          new LayerSpec(l.cell(), l.hidden(), l.activation(), (Boolean) value, l.forgetBias());
      case "forgetBias" ->
          new LayerSpec(l.cell(), l.hidden(), l.activation(), l.forgetGate(), doubleOf(value));
      default -> throw unknown(field);
    };
  }

  private static ExperimentSpec withTask(ExperimentSpec s, TaskSpec task) {
    return new ExperimentSpec(
        s.version(),
        task,
        s.layers(),
        s.connection(),
        s.init(),
        s.training(),
        s.probeEvery(),
        s.seed());
  }

  private static ExperimentSpec withInit(ExperimentSpec s, InitSpec init) {
    return new ExperimentSpec(
        s.version(),
        s.task(),
        s.layers(),
        s.connection(),
        init,
        s.training(),
        s.probeEvery(),
        s.seed());
  }

  private static ExperimentSpec withTraining(ExperimentSpec s, TrainingSpec t) {
    return new ExperimentSpec(
        s.version(), s.task(), s.layers(), s.connection(), s.init(), t, s.probeEvery(), s.seed());
  }

  private static String id(Choice c) {
    return c == null ? null : c.id();
  }

  private static <T> T choice(java.util.Optional<T> found) {
    return found.orElseThrow(() -> new IllegalArgumentException("not a choice of this setting"));
  }

  private static int intOf(Object v) {
    return ((Number) v).intValue();
  }

  private static long longOf(Object v) {
    return ((Number) v).longValue();
  }

  private static Double doubleOf(Object v) {
    return v == null ? null : ((Number) v).doubleValue();
  }

  private static IllegalArgumentException unknown(String field) {
    return new IllegalArgumentException("no editable field " + field);
  }
}
