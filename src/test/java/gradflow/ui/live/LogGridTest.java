package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.ui.chart.MatrixCell;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogGridTest {

  @Test
  void cellsPutTimeOnTheXAxisAndLayersOnTheYAxisInLog10() {
    double[][] grid = {{1e-3, 1e-2, 1e-1}, {1, 10, 100}};

    var cells = LogGrid.cells(grid);

    assertThat(cells)
        .containsExactly(
            new MatrixCell(0, 0, -3),
            new MatrixCell(1, 0, -2),
            new MatrixCell(2, 0, -1),
            new MatrixCell(0, 1, 0),
            new MatrixCell(1, 1, 1),
            new MatrixCell(2, 1, 2));
  }

  @Test
  void nonFiniteMagnitudesStayNonFiniteAndZeroBecomesMinusInfinity() {
    var cells = LogGrid.cells(new double[][] {{Double.NaN, Double.POSITIVE_INFINITY, 0}});

    assertThat(cells.get(0).v()).isNaN();
    assertThat(cells.get(1).v()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(cells.get(2).v()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void theColourRangeSpansWholeDecadesOfTheFiniteCellsOnly() {
    var cells = LogGrid.cells(new double[][] {{3e-5, 2e-1, Double.NaN, 0}});

    assertThat(LogGrid.range(cells)).containsExactly(-5, 0);
  }

  @Test
  void theColourRangeKeepsTheTopTwelveDecadesOfAVanishingGradient() {
    var cells = LogGrid.cells(new double[][] {{1e-30, 1e-20, 5}});

    assertThat(LogGrid.range(cells)).containsExactly(-11, 1);
  }

  @Test
  void aFlatOrEmptyGridStillGetsARangeOfAtLeastTwoDecades() {
    assertThat(LogGrid.range(LogGrid.cells(new double[][] {{1, 1}}))).containsExactly(-1, 1);
    assertThat(LogGrid.range(List.of())).containsExactly(-8, 0);
  }

  @Test
  void aFlatGridSitsInTheMiddleOfTheColourMapNotAtItsDarkEnd() {
    // Lesson 2 at ρ = 1: every gradient is 0.1239, which on the range [-1, 0] was nearly black.
    var cells = LogGrid.cells(new double[][] {{0.1239, 0.1239, 0.1239}});

    double[] range = LogGrid.range(cells);
    double fraction = (Math.log10(0.1239) - range[0]) / (range[1] - range[0]);

    assertThat(fraction).isBetween(0.3, 0.7);
  }

  @Test
  void aNarrowSpreadOfValuesStaysInsideItsRange() {
    var cells = LogGrid.cells(new double[][] {{0.005, 0.16}});

    assertThat(LogGrid.range(cells)).containsExactly(-3, 0);
  }

  @Test
  void aGridOfEqualValuesNamesItsValueAndAnyOtherGridDoesNot() {
    assertThat(LogGrid.uniformValue(new double[][] {{0.1239, 0.1239}, {0.1239, 0}})).isEmpty();
    assertThat(LogGrid.uniformValue(new double[][] {{0.1239, 0.1239}, {0.1239, Double.NaN}}))
        .hasValue(0.1239);
    assertThat(LogGrid.uniformValue(new double[][] {{0.1, 0.2}})).isEmpty();
  }
}
