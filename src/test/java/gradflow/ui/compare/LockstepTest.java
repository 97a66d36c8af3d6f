package gradflow.ui.compare;

import static gradflow.ui.compare.Snapshots.at;
import static gradflow.ui.compare.Snapshots.running;
import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.RunStatus;
import gradflow.ui.compare.Lockstep.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockstepTest {

  @Test
  void bothAreShownAtTheStepBothHaveReached() {
    assertThat(Lockstep.sharedStep(running(120), running(115))).isEqualTo(115);
    assertThat(Lockstep.describe(running(120), running(115)))
        .isEqualTo("Shown together at step 115 (A 120, B 115).");
    assertThat(Lockstep.describe(running(40), running(40))).isEqualTo("Both at step 40.");
  }

  @Test
  void aRunWithinTheSlackIsNotHeld() {
    assertThat(Lockstep.toHold(running(100 + Lockstep.SLACK), running(100), Optional.empty()))
        .isEmpty();
  }

  @Test
  void theRunMoreThanTheSlackAheadIsHeld() {
    assertThat(Lockstep.toHold(running(100 + Lockstep.SLACK + 1), running(100), Optional.empty()))
        .contains(Side.A);
    assertThat(Lockstep.toHold(running(100), running(200), Optional.empty())).contains(Side.B);
  }

  @Test
  void aHeldRunStaysHeldUntilTheOtherHasCaughtUp() {
    assertThat(Lockstep.toHold(running(150), running(149), Optional.of(Side.A))).contains(Side.A);
    assertThat(Lockstep.toHold(running(150), running(150), Optional.of(Side.A))).isEmpty();
  }

  @Test
  void twoRunsThatEndedAtDifferentStepsSayWhereEachEnded() {
    assertThat(Lockstep.describe(at(RunStatus.DIVERGED, 210), at(RunStatus.FINISHED, 500)))
        .isEqualTo("A ended at step 210, B at step 500.");
  }

  @Test
  void aRunThatHasEndedHoldsNobodyBack() {
    var diverged = at(RunStatus.DIVERGED, 200);

    assertThat(Lockstep.toHold(running(400), diverged, Optional.of(Side.A))).isEmpty();
    assertThat(Lockstep.describe(running(400), diverged))
        .isEqualTo("B ended at step 200; A is at step 400.");
  }
}
