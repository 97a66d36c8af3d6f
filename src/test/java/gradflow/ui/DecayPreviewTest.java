package gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecayPreviewTest {

  @Test
  void eachCellIsLog10OfRhoToTheDistance() {
    var cells = DecayPreview.cells(DecayPreview.DISTANCES);

    assertThat(cells).hasSize(DecayPreview.DISTANCES * DecayPreview.RHOS.length);
    for (var cell : cells) {
      double rho = DecayPreview.RHOS[cell.y()];
      assertThat(Math.pow(10, cell.v()))
          .isCloseTo(Math.pow(rho, cell.x()), within(1e-9 * Math.pow(rho, cell.x())));
    }
  }

  @Test
  void theSweepRevealsTwoDistancesPerTickThenHoldsTheWholePictureAndStartsAgain() {
    assertThat(DecayPreview.reached(0)).isEqualTo(2);
    assertThat(DecayPreview.reached(1)).isEqualTo(4);
    int sweep = DecayPreview.DISTANCES / DecayPreview.COLUMNS_PER_TICK + DecayPreview.HOLD_TICKS;
    assertThat(DecayPreview.reached(sweep - 1)).isEqualTo(DecayPreview.DISTANCES);
    assertThat(DecayPreview.reached(sweep)).isEqualTo(2);
    assertThat(DecayPreview.cells(4)).hasSize(4 * DecayPreview.RHOS.length);
  }
}
