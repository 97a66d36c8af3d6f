package gradflow.ui.run;

import gradflow.experiment.RunSnapshot;
import java.util.Locale;

/** A run's state in words a student reads at a glance, and its progress in numbers. */
public final class RunStatusText {

  private RunStatusText() {}

  public static String status(RunSnapshot run) {
    return switch (run.status()) {
      case QUEUED -> "Queued at position " + run.queuePosition() + ": other runs go first.";
      case RUNNING -> run.paused() ? "Paused at step " + run.step() + "." : "Training…";
      case FINISHED -> "Finished: " + run.totalSteps() + " steps.";
      case DIVERGED ->
          capitalised(firstSentence(run.message())) + ". The last good probe is shown.";
      case CANCELLED -> "Cancelled" + reason(run.message());
      case FAILED -> "Failed" + reason(run.message());
    };
  }

  /** "step 120 of 2000 · 950 steps/s · about 2 s left" */
  public static String progress(RunSnapshot run) {
    var text =
        new StringBuilder(
            String.format(Locale.ROOT, "step %d of %d", run.step(), Math.max(run.totalSteps(), 0)));
    if (run.stepsPerSecond() > 0 && !run.status().isFinal()) {
      text.append(String.format(Locale.ROOT, " · %.0f steps/s", run.stepsPerSecond()));
      if (!run.paused()) {
        double seconds = (run.totalSteps() - run.step()) / run.stepsPerSecond();
        text.append(" · about ").append(duration(seconds)).append(" left");
      }
    }
    return text.toString();
  }

  /** The share of the run done, 0 to 1. */
  public static double fraction(RunSnapshot run) {
    return run.totalSteps() <= 0 ? 1 : Math.min(1, (double) run.step() / run.totalSteps());
  }

  static String duration(double seconds) {
    if (seconds < 90) {
      return Math.max(1, Math.round(seconds)) + " s";
    }
    if (seconds < 90 * 60) {
      return Math.round(seconds / 60) + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
  }

  private static String reason(String message) {
    return message == null || message.isBlank() ? "." : ": " + message;
  }

  /** "diverged at step 12: the loss is NaN" → "diverged at step 12" */
  private static String firstSentence(String message) {
    if (message == null) {
      return "diverged";
    }
    int colon = message.indexOf(':');
    return colon < 0 ? message : message.substring(0, colon);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
