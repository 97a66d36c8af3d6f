package gradflow.ui.compare;

import gradflow.experiment.LossPoint;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.RunStatus;
import java.util.Optional;
import java.util.OptionalDouble;

/** The difference in final loss, B − A, once both runs have ended. */
final class LossDifference {
  private LossDifference() {}

  /** Empty while either run is still going. */
  static Optional<String> text(RunSnapshot a, RunSnapshot b) {
    if (a == null || b == null || !a.status().isFinal() || !b.status().isFinal()) {
      return Optional.empty();
    }
    var lossA = finalLoss(a);
    var lossB = finalLoss(b);
    if (lossA.isEmpty()) {
      return Optional.of(CompareText.lossWithoutNumber("A", a.status().id()));
    }
    if (lossB.isEmpty()) {
      return Optional.of(CompareText.lossWithoutNumber("B", b.status().id()));
    }
    return Optional.of(CompareText.lossDifference(lossA.getAsDouble(), lossB.getAsDouble()));
  }

  /** The last loss of a finished run; a diverged run's last number is not a result to subtract. */
  static OptionalDouble finalLoss(RunSnapshot run) {
    if (run.status() != RunStatus.FINISHED || run.lossCurve().isEmpty()) {
      return OptionalDouble.empty();
    }
    LossPoint last = run.lossCurve().getLast();
    return Double.isFinite(last.loss()) ? OptionalDouble.of(last.loss()) : OptionalDouble.empty();
  }
}
