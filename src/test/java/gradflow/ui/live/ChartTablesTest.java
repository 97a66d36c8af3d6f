package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each chart's table of numbers (its accessible twin) holds. */
class ChartTablesTest {

  @Test
  void theGradientHeatmapsTableHasATimeStepPerRowAndALayerPerColumn() {
    double[][] grid = {{1e-3, 2e-3, 3e-3}, {4e-3, 5e-3, 6e-3}};

    var table = GradientHeatmap.table(grid);

    assertThat(table.headers()).containsExactly("t", "layer 1", "layer 2");
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(2).get(0)).isEqualTo("2");
    assertThat(table.rows().get(2).get(2)).isEqualTo(Numbers.format(6e-3));
  }

  @Test
  void theLossTableListsEveryPointAndNamesTheChanceLevel() {
    var table = LossChart.table(List.of(new double[] {0, 0.9}, new double[] {10, 0.4}), 1.0 / 6);

    assertThat(table.rows())
        .containsExactly(List.of("0", Numbers.format(0.9)), List.of("10", Numbers.format(0.4)));
    assertThat(table.caption()).contains(Numbers.format(1.0 / 6));
  }

  @Test
  void aDivergedLossStaysInTheTableInWords() {
    var table = LossChart.table(List.<double[]>of(new double[] {5, Double.NaN}), 0.5);

    assertThat(table.rows().getFirst().get(1)).isEqualTo(Numbers.format(Double.NaN));
  }
}
