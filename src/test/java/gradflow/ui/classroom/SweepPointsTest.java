package gradflow.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.classroom.ClassRun;
import gradflow.classroom.Sweep;
import gradflow.ui.classroom.SweepPoints.Measure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepPointsTest {
  private static final Sweep RADIUS =
      new Sweep("init.spectralRadius", 0.5, 1.5, 3, List.of(0.5, 1.0, 1.5));

  @Test
  void eachFinishedRunOfTheSweptSettingIsOnePointAtItsValue() {
    var points =
        SweepPoints.of(
            List.of(run("Ann", 0.5, 0.3, 1e-3, null), run("Ben", 1.0, 0.2, 0.2, null)),
            RADIUS,
            Measure.LOSS,
            8);

    assertThat(points.finished())
        .extracting(SweepPoints.Point::x, SweepPoints.Point::y, SweepPoints.Point::nickname)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.5, 0.3, "Ann"),
            org.assertj.core.groups.Tuple.tuple(1.0, 0.2, "Ben"));
    assertThat(points.diverged()).isEmpty();
  }

  @Test
  void runsOfAnotherSettingOrWithoutAValueAreLeftOut() {
    var other = new Sweep("training.learningRate", 0.1, 1, 2, List.of(0.1, 1.0));
    var runs = List.of(run("Ann", 0.5, 0.3, 1e-3, null), run("Ben", null, 0.2, 0.2, null));

    assertThat(SweepPoints.of(runs, other, Measure.LOSS, 8).finished()).isEmpty();
    assertThat(SweepPoints.of(runs, RADIUS, Measure.LOSS, 8).finished()).hasSize(1);
    assertThat(SweepPoints.of(runs, null, Measure.LOSS, 8).finished()).isEmpty();
  }

  @Test
  void aDivergedRunWithoutAFiniteRatioIsDrawnApartAtTheTopEdgeAndSaysSo() {
    var points =
        SweepPoints.of(
            List.of(run("Ann", 0.5, 0.3, 0.01, null), run("Chen", 1.5, 0.9, null, 12)),
            RADIUS,
            Measure.RATIO,
            8);

    assertThat(points.diverged()).hasSize(1);
    var chen = points.diverged().getFirst();
    assertThat(chen.offScale()).isTrue();
    assertThat(chen.y()).isEqualTo(points.top());
    assertThat(points.top()).isGreaterThan(Math.pow(1.5, 7));
  }

  @Test
  void theTheoryCurveIsTheLinearPredictionRhoToTheTMinusOneForTheSpectralRadiusRatio() {
    var theory = SweepPoints.theory(RADIUS, Measure.RATIO, 8, List.of());

    assertThat(theory.kind()).isEqualTo(SweepPoints.Theory.Kind.SPECTRAL_RADIUS);
    assertThat(theory.curve()).hasSize(SweepPoints.THEORY_POINTS);
    assertThat(theory.curve().getFirst().y()).isCloseTo(Math.pow(0.5, 7), within(1e-12));
    assertThat(theory.curve().getLast().y()).isCloseTo(Math.pow(1.5, 7), within(1e-9));
    assertThat(SweepPoints.theory(RADIUS, Measure.LOSS, 8, List.of()).curve()).isEmpty();
    var forgetBias = new Sweep("layers[].forgetBias", -3, 3, 3, List.of(-3.0, 0.0, 3.0));
    assertThat(SweepPoints.theory(forgetBias, Measure.RATIO, 100, List.of()).kind())
        .isEqualTo(SweepPoints.Theory.Kind.NONE);
  }

  @Test
  void aDepthSweepOfADepthTaskGetsLambdaToTheLMinusOneWithLambdaFittedToTheRoomsRuns() {
    var depth = new Sweep(Sweep.DEPTH, 2, 10, 3, List.of(2.0, 6.0, 10.0));
    // Three runs whose bottom layer gets 0.8^(L−1) of the top layer's gradient, one off-scale.
    var runs =
        List.of(
            depthRun("Ann", 2, Math.pow(0.8, 1)),
            depthRun("Ben", 6, Math.pow(0.8, 5)),
            depthRun("Chen", 10, Math.pow(0.8, 9)),
            depthRun("Dana", 10, null));

    var points = SweepPoints.of(runs, depth, Measure.RATIO, 1);

    assertThat(points.theory().kind()).isEqualTo(SweepPoints.Theory.Kind.DEPTH);
    assertThat(points.theory().gain()).isCloseTo(0.8, within(1e-12));
    assertThat(points.theory().curve().getFirst().x()).isEqualTo(2.0);
    assertThat(points.theory().curve().getLast().y()).isCloseTo(Math.pow(0.8, 9), within(1e-12));
  }

  @Test
  void theFittedGainIsTheLeastSquaresSlopeOnTheLogScale() {
    // log r = (L−1) log λ + noise: ratios 0.5 at L = 2 and 0.5^4 · 4 at L = 5.
    var points =
        List.of(
            new SweepPoints.Point(2, 0.5, "a", false),
            new SweepPoints.Point(5, Math.pow(0.5, 4) * 4, "b", false));

    double expected = Math.exp((1 * Math.log(0.5) + 4 * Math.log(Math.pow(0.5, 4) * 4)) / 17);
    assertThat(SweepPoints.fittedGain(points)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void noDepthCurveWithFewerThanTwoRunsOrWhenTheRatioIsInTime() {
    var depth = new Sweep(Sweep.DEPTH, 2, 10, 3, List.of(2.0, 6.0, 10.0));
    var one = List.of(depthRun("Ann", 6, 0.3));
    var two = List.of(depthRun("Ann", 6, 0.3), depthRun("Ben", 10, 0.1));

    assertThat(SweepPoints.of(one, depth, Measure.RATIO, 1).theory().kind())
        .isEqualTo(SweepPoints.Theory.Kind.NONE);
    assertThat(SweepPoints.of(two, depth, Measure.RATIO, 1).theory().kind())
        .isEqualTo(SweepPoints.Theory.Kind.DEPTH);
    // Over 50 time steps the ratio is first step over last, not bottom layer over top.
    assertThat(SweepPoints.of(two, depth, Measure.RATIO, 50).theory().kind())
        .isEqualTo(SweepPoints.Theory.Kind.NONE);
    assertThat(SweepPoints.of(two, depth, Measure.LOSS, 1).theory().kind())
        .isEqualTo(SweepPoints.Theory.Kind.NONE);
  }

  @Test
  void sweepValuesReadAsTypedWithoutTrailingZeros() {
    assertThat(ClassText.value(0.5)).isEqualTo("0.5");
    assertThat(ClassText.value(1.0)).isEqualTo("1");
    assertThat(ClassText.value(-3)).isEqualTo("-3");
    assertThat(ClassText.values(List.of(0.5, 0.75, 1.0))).isEqualTo("0.5, 0.75, 1");
    assertThat(ClassText.value(1.0 / 3)).isEqualTo("0.3333");
  }

  private static ClassRun depthRun(String who, int layers, Double ratio) {
    return run(who, Sweep.DEPTH, (double) layers, 0.5, ratio, null);
  }

  private static ClassRun run(
      String who, Double value, Double loss, Double ratio, Integer diverged) {
    return run(who, value == null ? null : RADIUS.path(), value, loss, ratio, diverged);
  }

  private static ClassRun run(
      String who, String path, Double value, Double loss, Double ratio, Integer diverged) {
    return new ClassRun(
        who,
        "ABCDEF",
        who,
        who,
        "slug-" + who,
        path,
        value,
        loss,
        0.17,
        diverged,
        ratio,
        null,
        false,
        Instant.EPOCH);
  }
}
