package gradflow.ui.run;

import gradflow.experiment.RunSnapshot;
import gradflow.ui.i18n.I18n;
import java.util.Locale;
import java.util.regex.Pattern;

/** A run's state in words a student reads at a glance, and its progress in numbers. */
public final class RunStatusText {

  private static final Pattern STEP = Pattern.compile("step (\\d+)");

  private RunStatusText() {}

  public static String status(RunSnapshot run) {
    return status(run, I18n.current());
  }

  static String status(RunSnapshot run, Locale locale) {
    return switch (run.status()) {
      case QUEUED -> I18n.t(locale, "run.status.queued", run.queuePosition());
      case RUNNING ->
          run.paused()
              ? I18n.t(locale, "run.status.paused", run.step())
              : I18n.t(locale, "run.status.training");
      case FINISHED -> I18n.t(locale, "run.status.finished", run.totalSteps());
      case DIVERGED -> I18n.t(locale, "run.status.diverged", stepNamedIn(run));
      case CANCELLED ->
          run.message() != null && run.message().startsWith("cancelled before")
              ? I18n.t(locale, "run.status.cancelledQueued")
              : I18n.t(locale, "run.status.cancelled", stepNamedIn(run));
      case STOPPED -> I18n.t(locale, "run.status.stopped", stepNamedIn(run));
      // The server's reason for a failure is a technical detail and stays as it was written.
      case FAILED ->
          run.message() == null || run.message().isBlank()
              ? I18n.t(locale, "run.status.failed")
              : I18n.t(locale, "run.status.failedBecause", run.message());
    };
  }

  /** "step 120 of 2000 · 950 steps/s · about 2 s left" */
  public static String progress(RunSnapshot run) {
    return progress(run, I18n.current());
  }

  static String progress(RunSnapshot run, Locale locale) {
    var text =
        new StringBuilder(
            I18n.t(locale, "run.progress.step", run.step(), Math.max(run.totalSteps(), 0)));
    if (run.stepsPerSecond() > 0 && !run.status().isFinal()) {
      text.append(
          I18n.t(
              locale,
              "run.progress.rate",
              String.format(Locale.ROOT, "%.0f", run.stepsPerSecond())));
      if (!run.paused()) {
        double seconds = (run.totalSteps() - run.step()) / run.stepsPerSecond();
        text.append(I18n.t(locale, "run.progress.left", duration(seconds, locale)));
      }
    }
    return text.toString();
  }

  /** The share of the run done, 0 to 1. */
  public static double fraction(RunSnapshot run) {
    return run.totalSteps() <= 0 ? 1 : Math.min(1, (double) run.step() / run.totalSteps());
  }

  static String duration(double seconds) {
    return duration(seconds, I18n.ENGLISH);
  }

  static String duration(double seconds, Locale locale) {
    if (seconds < 90) {
      return I18n.t(locale, "run.duration.seconds", Math.max(1, Math.round(seconds)));
    }
    if (seconds < 90 * 60) {
      return I18n.t(locale, "run.duration.minutes", Math.round(seconds / 60));
    }
    return I18n.t(locale, "run.duration.hours", String.format(Locale.ROOT, "%.1f", seconds / 3600));
  }

  /** The step a diverged or cancelled run's message names ("diverged at step 12: …"). */
  private static long stepNamedIn(RunSnapshot run) {
    var m = run.message() == null ? null : STEP.matcher(run.message());
    return m != null && m.find() ? Long.parseLong(m.group(1)) : run.step();
  }
}
