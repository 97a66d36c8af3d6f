package gradflow.ui.compare;

import java.util.Locale;

/** Every word compare mode shows, in one place, so that a translation replaces this file only. */
final class CompareText {
  private CompareText() {}

  static final String HEADING = "Compare two stacks: A and B";
  static final String LESSON_LABEL = "Start from a comparison";
  static final String LESSON_PLACEHOLDER = "Choose a comparison…";
  static final String INTRO =
      "A and B train on the same task, seed and batches, and advance together. Both heatmaps use"
          + " one colour scale, so the same colour means the same gradient size.";
  static final String TRAIN = "Train both";
  static final String PAUSE = "Pause both";
  static final String RESUME = "Resume both";
  static final String STEP = "One step each";
  static final String RESET = "Reset both";
  static final String DUPLICATE = "Duplicate A to B and change one thing";
  static final String DUPLICATED = "B is now a copy of A. Open “Edit B” and change one thing.";
  static final String READY = "Ready: press Train both.";
  static final String FIX_FIRST = "Fix the problems marked in the form of %s first.";
  static final String SHARED_NOTE =
      "B uses A's task, length, batch size and seed, so both see the same batches.";
  static final String EDIT = "Edit %s";
  static final String SIDE = "%s";
  static final String HEATMAP_TITLE = "%s: gradient size ‖dL/dh_t‖ by layer and time step";
  static final String HEATMAP_PLACEHOLDER =
      "%s's gradient heatmap appears here when you press Train both.";
  static final String LOSS_TITLE = "Loss of A and B";
  static final String CHANCE = "chance level";
  static final String LOSS_OF = "loss of %s";

  static String waiting(String side, int step, String other) {
    return side + ": waiting at step " + step + " for " + other + " to catch up.";
  }

  static final String STEP_AXIS = "training step";
  static final String LOSS_AXIS = "loss";
  static final String LOSS_CHART_LABEL =
      "Line chart of the training loss of A (solid) and B (dashed) by step, with the chance level.";
  static final String UNREADABLE = "the server could not read this spec.";

  static String progressLabel(String side) {
    return side + " progress";
  }

  static String sideStatus(String side, String status) {
    return side + ": " + status;
  }

  static String busy(String message, int seconds) {
    return message + " Try again in " + seconds + " s.";
  }

  static String refused(String side, String why) {
    return side + ": " + why;
  }

  static String step(int shared, int a, int b) {
    return a == b
        ? "Both at step " + shared + "."
        : "Shown together at step " + shared + " (A " + a + ", B " + b + ").";
  }

  static String bothEnded(int a, int b) {
    return "A ended at step " + a + ", B at step " + b + ".";
  }

  static String ended(String side, int step, String other, int otherStep) {
    return side + " ended at step " + step + "; " + other + " is at step " + otherStep + ".";
  }

  static String lossDifference(double a, double b) {
    if (number(a).equals(number(b))) {
      // Identical stacks can end a few ulps apart (summation order); that is no difference to show.
      return "Final loss: A " + number(a) + ", B " + number(b) + ". B − A ≈ 0: they are equal.";
    }
    double diff = b - a;
    String lower = diff < 0 ? "B is lower" : diff > 0 ? "A is lower" : "they are equal";
    return "Final loss: A "
        + number(a)
        + ", B "
        + number(b)
        + ". B − A = "
        + signed(diff)
        + ": "
        + lower
        + ".";
  }

  static String lossWithoutNumber(String side, String status) {
    return "Final loss: " + side + " has none (" + status + ").";
  }

  /** The caption under the loss chart; empty when no loss went above the top. */
  static String offTop(double top, Double peakA, Double peakB) {
    var sides = new java.util.ArrayList<String>();
    if (peakA != null) {
      sides.add("A's loss reached " + number(peakA));
    }
    if (peakB != null) {
      sides.add("B's loss reached " + number(peakB));
    }
    return sides.isEmpty()
        ? ""
        : String.join(" and ", sides)
            + ": losses above "
            + number(top)
            + " are drawn along the top edge.";
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : value < 0 ? "−" : "") + number(Math.abs(value));
  }
}
