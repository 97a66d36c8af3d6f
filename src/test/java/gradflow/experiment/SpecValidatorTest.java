package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentSpec.Connection;
import gradflow.experiment.LayerSpec.Activation;
import gradflow.experiment.LayerSpec.Cell;
import gradflow.task.TaskKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of specs built in code: field rules, cross-field rules, warnings and the work cap. */
class SpecValidatorTest {
  private final Specs specs = Fixtures.SPECS;
  private final SpecValidator validator = specs.validator();

  private static ExperimentSpec withLayers(ExperimentSpec base, LayerSpec... layers) {
    return new ExperimentSpec(
        base.version(),
        base.task(),
        List.of(layers),
        base.connection(),
        base.init(),
        base.training(),
        base.probeEvery(),
        base.seed());
  }

  private static ExperimentSpec withTraining(ExperimentSpec base, TrainingSpec training) {
    return new ExperimentSpec(
        base.version(),
        base.task(),
        base.layers(),
        base.connection(),
        base.init(),
        training,
        base.probeEvery(),
        base.seed());
  }

  private static ExperimentSpec withTask(ExperimentSpec base, TaskSpec task) {
    return new ExperimentSpec(
        base.version(),
        task,
        base.layers(),
        base.connection(),
        base.init(),
        base.training(),
        base.probeEvery(),
        base.seed());
  }

  private static LayerSpec rnn(int hidden) {
    return new LayerSpec(Cell.RNN, hidden, Activation.TANH, null, null);
  }

  @Test
  void theCommittedFixtureAndTheStarterAreValid() {
    assertThat(validator.validate(Fixtures.everyField())).isEmpty();
    assertThat(validator.validate(specs.starter())).isEmpty();
  }

  @Test
  void anOversizedLayerBuiltInCodeGetsTheSameSentenceAsFromJson() {
    ExperimentSpec spec = withLayers(specs.starter(), rnn(32), rnn(32), rnn(512));
    assertThat(validator.validate(spec))
        .containsExactly(
            new Violation(
                "layers[2].hidden",
                "512",
                "layers[2].hidden is 512, but it must be a whole number between 1 and 256."));
  }

  @Test
  void missingPartsOfASpecBuiltInCodeAreNamedNotThrown() {
    ExperimentSpec spec =
        new ExperimentSpec(
            1,
            null,
            Arrays.asList(rnn(8), null, new LayerSpec(Cell.LSTM, 8, null, null, null)),
            null,
            null,
            null,
            10,
            1);
    assertThat(validator.validate(spec))
        .extracting(Violation::field)
        .containsExactly(
            "task", "layers[1]", "layers[2].forgetGate", "connection", "init", "training");
    assertThat(validator.validate(spec).get(1).message())
        .isEqualTo(
            "layers[1] is null, but each entry of layers must be an object {…} such as"
                + " {\"cell\": \"lstm\", \"hidden\": 32}.");
    assertThat(validator.warnings(spec)).isEmpty();
  }

  @Test
  void aNanLearningRateFromCodeIsRefused() {
    ExperimentSpec base = specs.starter();
    TrainingSpec t = base.training();
    ExperimentSpec spec =
        withTraining(
            base,
            new TrainingSpec(t.optimizer(), Double.NaN, t.batchSize(), t.steps(), null, null));
    assertThat(validator.validate(spec))
        .extracting(Violation::message)
        .containsExactly(
            "training.learningRate is NaN, but it must be a number between 0.000001 and 10.");
  }

  @Test
  void residualAndHighwayNeedEqualWidthsButPlainAndDenseDoNot() {
    ExperimentSpec mixed = withLayers(specs.starter(), rnn(32), rnn(16), rnn(32));
    for (Connection c : Connection.values()) {
      ExperimentSpec spec =
          new ExperimentSpec(
              1, mixed.task(), mixed.layers(), c, mixed.init(), mixed.training(), 10, 1);
      List<Violation> errors = validator.validate(spec);
      if (c.needsEqualWidths()) {
        assertThat(errors).extracting(Violation::field).containsExactly("layers[1].hidden");
      } else {
        assertThat(errors).isEmpty();
      }
    }
  }

  @Test
  void eachTaskRefusesALengthBelowItsMinimumInItsOwnWords() {
    for (TaskKind kind : TaskKind.values()) {
      if (kind.minLength() == 0) {
        continue;
      }
      ExperimentSpec spec = withTask(specs.starter(), new TaskSpec(kind, kind.minLength() - 1));
      List<Violation> errors = validator.validate(spec);
      assertThat(errors).extracting(Violation::field).containsExactly("task.length");
      assertThat(errors.getFirst().message()).contains(kind.id()).contains(kind.lengthMeaning());
    }
  }

  @Test
  void theWorkEstimateIsGatesTimesHiddenSquaredTimesLengthBatchAndSteps() {
    ExperimentSpec spec = Fixtures.everyField();
    double perSample = 16 * 16 + 4 * 24 * 24 + 4 * 24 * 24 + 3 * 8 * 8 + 12 * 12;
    int sequenceLength = TaskKind.COPY.create(30).sequenceLength();
    assertThat(SpecValidator.work(spec)).isEqualTo(perSample * sequenceLength * 20 * 150);
  }

  @Test
  void aZeroStepRunStillCountsTheWorkOfItsProbe() {
    ExperimentSpec base = specs.starter();
    TrainingSpec t = base.training();
    ExperimentSpec probeOnly =
        withTraining(
            base, new TrainingSpec(t.optimizer(), t.learningRate(), t.batchSize(), 0, null, null));
    ExperimentSpec oneStep =
        withTraining(
            base, new TrainingSpec(t.optimizer(), t.learningRate(), t.batchSize(), 1, null, null));
    assertThat(SpecValidator.work(probeOnly)).isEqualTo(SpecValidator.work(oneStep)).isPositive();
  }

  @Test
  void theDesignExampleFitsTheDefaultCapButTheSameStackAtEveryMaximumDoesNot() {
    ExperimentSpec design =
        specs.read(Fixtures.resource("design-example-without-version.json")).orElseThrow();
    assertThat(SpecValidator.work(design)).isLessThan(SpecLimits.DEFAULT_MAX_WORK / 5.0);

    ExperimentSpec huge =
        withTraining(
            withTask(withLayers(design, rnn(256), rnn(256)), new TaskSpec(TaskKind.ADDING, 1000)),
            new TrainingSpec(TrainingSpec.Optimizer.ADAM, 0.001, 256, 100_000, null, null));
    List<Violation> errors = validator.validate(huge);
    assertThat(errors).extracting(Violation::field).containsExactly("training.steps");
    assertThat(errors.getFirst().message()).contains("at most 1.0 × 10^11");
  }

  @Test
  void aLowerWorkCapRefusesWhatTheDefaultAllows() {
    ExperimentSpec design =
        specs.read(Fixtures.resource("design-example-without-version.json")).orElseThrow();
    long work = (long) SpecValidator.work(design);
    SpecLimits tight = new SpecLimits(64, 256, 1000, 256, 100_000, work - 1);
    SpecLimits exact = new SpecLimits(64, 256, 1000, 256, 100_000, work);
    assertThat(new Specs(tight).validator().validate(design)).hasSize(1);
    assertThat(new Specs(exact).validator().validate(design)).isEmpty();
  }

  @Test
  void settingsACellIgnoresAreWarnedAboutNotRefused() {
    ExperimentSpec spec =
        withLayers(
            specs.starter(),
            new LayerSpec(Cell.LSTM, 8, Activation.RELU, false, 2.0),
            new LayerSpec(Cell.GRU, 8, null, true, null));
    assertThat(validator.validate(spec)).isEmpty();
    assertThat(validator.warnings(spec))
        .extracting(Violation::field)
        .containsExactly("layers[0].activation", "layers[0].forgetBias", "layers[1].forgetGate");
  }

  @Test
  void aSpectralRadiusWithoutRecurrentLayersIsWarnedAbout() {
    ExperimentSpec base =
        withLayers(specs.starter(), new LayerSpec(Cell.DENSE, 8, Activation.TANH, null, null));
    ExperimentSpec spec =
        new ExperimentSpec(
            1,
            base.task(),
            base.layers(),
            base.connection(),
            new InitSpec(InitSpec.Scheme.ORTHOGONAL, 1.5),
            base.training(),
            10,
            1);
    assertThat(validator.validate(spec)).isEmpty();
    List<String> fields = new ArrayList<>();
    validator.warnings(spec).forEach(v -> fields.add(v.field()));
    assertThat(fields).containsExactly("init.spectralRadius", "layers");
  }

  @Test
  void recurrentCellsOnTheDepthTaskAreWarnedAbout() {
    ExperimentSpec spec =
        withTask(
            withLayers(
                specs.starter(), rnn(8), new LayerSpec(Cell.DENSE, 8, Activation.RELU, null, null)),
            new TaskSpec(TaskKind.SPIRALS, 1));
    assertThat(validator.validate(spec)).isEmpty();
    assertThat(validator.warnings(spec))
        .extracting(Violation::field)
        .containsExactly("layers[0].cell");
  }

  @Test
  void probesRarerThanTheRunIsLongAreWarnedAbout() {
    ExperimentSpec base = specs.starter();
    TrainingSpec t = base.training();
    ExperimentSpec spec =
        new ExperimentSpec(
            1,
            base.task(),
            base.layers(),
            base.connection(),
            base.init(),
            new TrainingSpec(t.optimizer(), t.learningRate(), t.batchSize(), 100, null, null),
            500,
            1);
    assertThat(validator.warnings(spec))
        .extracting(Violation::message)
        .containsExactly(
            "probeEvery is 500, but training.steps is 100, so only the probe at step 0 is taken.");
  }

  @Test
  void aSpecThatReadsWithWarningsIsStillValid() {
    SpecResult r =
        specs.read(
            "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"gru\","
                + " \"activation\": \"relu\"}]}");
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).extracting(Violation::field).containsExactly("layers[0].activation");
  }
}
