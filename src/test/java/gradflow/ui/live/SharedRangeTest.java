package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedRangeTest {

  @Test
  void theSharedRangeSpansTheDecadesOfBothGrids() {
    double[][] faded = {{1e-7, 1e-3}};
    double[][] strong = {{1e-2, 10}};

    assertThat(GradientHeatmap.sharedRange(faded, strong)).containsExactly(-7, 1);
  }

  @Test
  void nonFiniteCellsOfADivergedRunDoNotStretchTheSharedRange() {
    double[][] diverged = {{Double.NaN, Double.POSITIVE_INFINITY}};
    double[][] fine = {{1e-3, 1}};

    assertThat(GradientHeatmap.sharedRange(diverged, fine)).containsExactly(-3, 0);
  }

  @Test
  void anEmptyGridLeavesTheOtherGridsRange() {
    assertThat(GradientHeatmap.sharedRange(new double[0][], new double[][] {{1e-4, 1e-1}}))
        .containsExactly(-4, -1);
  }
}
