package gradflow.ui.compare;

import gradflow.experiment.RunSnapshot;
import java.util.Optional;

/**
 * How A and B keep to a shared step: the run that gets more than {@link #SLACK} steps ahead is held
 * (paused) until the other catches up. Holding rather than replaying old snapshots keeps the page
 * simple and both heatmaps live; the steps shown differ by at most the slack plus one poll's worth.
 * A run that has ended (finished, diverged, cancelled) holds nobody back.
 */
final class Lockstep {

  enum Side {
    A,
    B
  }

  /** Steps one run may lead before it is held: small next to a lesson's hundreds of steps. */
  static final int SLACK = 10;

  private Lockstep() {}

  /**
   * The side to hold now, if any.
   *
   * @param held the side held so far: it stays held until the other has caught up, so that the two
   *     do not flicker between held and running at every poll
   */
  static Optional<Side> toHold(RunSnapshot a, RunSnapshot b, Optional<Side> held) {
    if (a == null || b == null || a.status().isFinal() || b.status().isFinal()) {
      return Optional.empty();
    }
    int lead = a.step() - b.step();
    if (lead > SLACK || (lead > 0 && held.equals(Optional.of(Side.A)))) {
      return Optional.of(Side.A);
    }
    if (-lead > SLACK || (lead < 0 && held.equals(Optional.of(Side.B)))) {
      return Optional.of(Side.B);
    }
    return Optional.empty();
  }

  /** The step at which both are shown: the one both have reached, while both are running. */
  static int sharedStep(RunSnapshot a, RunSnapshot b) {
    return Math.min(a.step(), b.step());
  }

  /** The step line under the buttons. */
  static String describe(RunSnapshot a, RunSnapshot b) {
    if (a.status().isFinal() && b.status().isFinal() && a.step() != b.step()) {
      return CompareText.bothEnded(a.step(), b.step());
    }
    if (a.status().isFinal() && !b.status().isFinal()) {
      return CompareText.ended("A", a.step(), "B", b.step());
    }
    if (b.status().isFinal() && !a.status().isFinal()) {
      return CompareText.ended("B", b.step(), "A", a.step());
    }
    return CompareText.step(sharedStep(a, b), a.step(), b.step());
  }
}
