package gradflow.classroom;

import gradflow.experiment.ExperimentSpec;

/**
 * A student's place in a class: who they are and the spec they start from, the class's spec with
 * their sweep value set. A student page shows this spec, with the class's locked settings fixed.
 */
public record Seat(Classroom classroom, Student student, ExperimentSpec spec) {

  /** Whether a setting is fixed for this student (see {@link Classroom#isLocked}). */
  public boolean isLocked(String pathOrField) {
    return classroom.isLocked(pathOrField);
  }
}
