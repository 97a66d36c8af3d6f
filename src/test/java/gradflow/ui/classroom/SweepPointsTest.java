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
  void theTheoryCurveIsTheLinearPredictionRhoToTheTMinusOneOnlyForTheSpectralRadiusRatio() {
    var curve = SweepPoints.theory(RADIUS, Measure.RATIO, 8);

    assertThat(curve).hasSize(SweepPoints.THEORY_POINTS);
    assertThat(curve.getFirst().y()).isCloseTo(Math.pow(0.5, 7), within(1e-12));
    assertThat(curve.getLast().y()).isCloseTo(Math.pow(1.5, 7), within(1e-9));
    assertThat(SweepPoints.theory(RADIUS, Measure.LOSS, 8)).isEmpty();
    var depth = new Sweep(Sweep.DEPTH, 2, 10, 3, List.of(2.0, 6.0, 10.0));
    assertThat(SweepPoints.theory(depth, Measure.RATIO, 8)).isEmpty();
  }

  @Test
  void sweepValuesReadAsTypedWithoutTrailingZeros() {
    assertThat(ClassText.value(0.5)).isEqualTo("0.5");
    assertThat(ClassText.value(1.0)).isEqualTo("1");
    assertThat(ClassText.value(-3)).isEqualTo("-3");
    assertThat(ClassText.values(List.of(0.5, 0.75, 1.0))).isEqualTo("0.5, 0.75, 1");
    assertThat(ClassText.value(1.0 / 3)).isEqualTo("0.3333");
  }

  private static ClassRun run(
      String who, Double value, Double loss, Double ratio, Integer diverged) {
    return new ClassRun(
        who,
        "ABCDEF",
        who,
        who,
        "slug-" + who,
        value == null ? null : RADIUS.path(),
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
