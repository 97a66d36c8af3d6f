package gradflow.ui.classroom;

import gradflow.classroom.Seat;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.ui.builder.SpecEditor;
import java.util.Objects;

/**
 * How a student's editor follows their seat when the instructor changes the class: the seat's spec
 * replaces the student's, whose own spec is kept for "back to my work"; the class's locks fix their
 * controls. A change of locks alone leaves the student's work in place when it already holds every
 * fixed setting at the class's value.
 */
final class SeatFollower {
  private final SpecEditor editor;
  private final SettingsTable table;
  private ExperimentSpec other;

  SeatFollower(SpecEditor editor) {
    this.editor = editor;
    this.table = editor.table();
  }

  /**
   * Follows the seat. With {@code replace} false (only the locks changed) the student's spec stays
   * when it agrees with the seat on every fixed setting.
   *
   * @return true when the editor now shows the seat's spec and the student's is one click away
   */
  boolean follow(Seat seat, boolean replace) {
    editor.fix(seat::isLocked);
    if (!replace && !differs(seat, editor.spec())) {
      return false;
    }
    other = editor.spec();
    editor.load(seat.spec());
    return true;
  }

  /** Whether there is another spec to swap to ("back to my work", then "back to the lesson"). */
  boolean canSwap() {
    return other != null && !other.equals(editor.spec());
  }

  /** Swaps the editor's spec with the one kept. */
  void swap() {
    if (other != null) {
      ExperimentSpec shown = editor.spec();
      editor.load(other);
      other = shown;
    }
  }

  /** Whether a spec changes a setting the seat fixes. */
  boolean differs(Seat seat, ExperimentSpec spec) {
    if (seat.isLocked("layers") && spec.layers().size() != seat.spec().layers().size()) {
      return true;
    }
    int layers = Math.min(spec.layers().size(), seat.spec().layers().size());
    for (Setting s : table.settings()) {
      if (!s.isLeaf()) {
        continue;
      }
      if (s.path().startsWith("layers[].")) {
        for (int i = 0; i < layers; i++) {
          if (changed(seat, spec, "layers[" + i + "]." + s.name())) {
            return true;
          }
        }
      } else if (!s.path().contains("[]") && changed(seat, spec, s.path())) {
        return true;
      }
    }
    return false;
  }

  private boolean changed(Seat seat, ExperimentSpec spec, String field) {
    return seat.isLocked(field)
        && !Objects.equals(table.valueAt(seat.spec(), field), table.valueAt(spec, field));
  }
}
