package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.Probe;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GradientHistoryTest {

  private static Probe probe(int step, double[][] hiddenGrad, boolean clipped) {
    return new Probe(
        step, 1, hiddenGrad, null, null, new double[0], 0, 1, 1, clipped, new double[0][0], null);
  }

  @Test
  void aRecurrentStackShowsItsFirstLayerOverTime() {
    var p = probe(0, new double[][] {{1, 2, 3}, {4, 5, 6}}, false);

    assertThat(GradientHistory.profile(p)).containsExactly(1, 2, 3);
  }

  @Test
  void aDepthTaskWithOneTimeStepShowsEveryLayer() {
    var p = probe(0, new double[][] {{1}, {2}, {3}}, false);

    assertThat(GradientHistory.profile(p)).containsExactly(1, 2, 3);
  }

  @Test
  void thinningKeepsTheFirstAndTheLastAndSpreadsTheRestEvenly() {
    var items = IntStream.range(0, 101).boxed().toList();

    var kept = GradientHistory.thinned(items, 11);

    assertThat(kept).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    assertThat(GradientHistory.thinned(List.of(1, 2), 11)).containsExactly(1, 2);
  }

  @Test
  void theClippedFractionCountsTheProbedStepsThatWereClipped() {
    double[][] grid = {{1}};
    var probes =
        List.of(
            probe(0, grid, true),
            probe(5, grid, false),
            probe(10, grid, true),
            probe(15, grid, true));

    assertThat(LiveCharts.clippedFraction(probes)).isEqualTo(0.75);
    assertThat(LiveCharts.clippedFraction(List.of())).isZero();
  }
}
