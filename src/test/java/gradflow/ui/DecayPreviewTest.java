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

  @Test
  void afterItsSweepsItHoldsTheWholePictureAndStopsTicking() {
    int sweep = DecayPreview.DISTANCES / DecayPreview.COLUMNS_PER_TICK + DecayPreview.HOLD_TICKS;
    long last = (long) DecayPreview.SWEEPS * sweep - 1;
    assertThat(DecayPreview.finished(last - 1)).isFalse();
    assertThat(DecayPreview.finished(last)).isTrue();
    assertThat(DecayPreview.reached(last)).isEqualTo(DecayPreview.DISTANCES);
    assertThat(DecayPreview.reached(last + 1000)).isEqualTo(DecayPreview.DISTANCES);
  }

  @Test
  void itTicksOnlyWhileShown() {
    var ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      var ui = new com.vaadin.flow.component.UI();
      var preview = new DecayPreview(ticker);
      ui.add(preview);
      assertThat(preview.isTicking()).isTrue();

      preview.setVisible(false);
      assertThat(preview.isTicking()).isFalse();

      preview.setVisible(true);
      assertThat(preview.isTicking()).isTrue();

      ui.remove(preview);
      assertThat(preview.isTicking()).isFalse();
    } finally {
      ticker.shutdownNow();
    }
  }
}
