package gradflow.ui.compare;

import static gradflow.ui.compare.Snapshots.at;
import static gradflow.ui.compare.Snapshots.running;
import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.RunStatus;
import org.junit.jupiter.api.Test;

class LossDifferenceTest {

  @Test
  void thereIsNoDifferenceWhileEitherRunIsStillGoing() {
    assertThat(LossDifference.text(at(RunStatus.FINISHED, 500, 0.5, 0.2), running(300))).isEmpty();
  }

  @Test
  void theDifferenceIsBMinusAAndNamesTheLowerSide() {
    var a = at(RunStatus.FINISHED, 500, 0.9, 0.17);
    var b = at(RunStatus.FINISHED, 500, 0.9, 0.012);

    assertThat(LossDifference.text(a, b))
        .contains("Final loss: A 0.1700, B 0.01200. B − A = −0.1580: B is lower.");
    assertThat(LossDifference.text(b, a))
        .contains("Final loss: A 0.01200, B 0.1700. B − A = +0.1580: A is lower.");
  }

  @Test
  void lossesEqualToTheDigitsShownAreCalledEqual() {
    var a = at(RunStatus.FINISHED, 60, 0.9, 0.208);
    var b = at(RunStatus.FINISHED, 60, 0.9, 0.208 - 2.776e-17);

    assertThat(LossDifference.text(a, b))
        .contains("Final loss: A 0.2080, B 0.2080. B − A ≈ 0: they are equal.");
  }

  @Test
  void aDivergedRunHasNoFinalLossToSubtract() {
    var a = at(RunStatus.DIVERGED, 210, 0.5, Double.NaN);
    var b = at(RunStatus.FINISHED, 500, 0.5, 0.1);

    assertThat(LossDifference.text(a, b)).contains("Final loss: A has none (diverged).");
  }
}
