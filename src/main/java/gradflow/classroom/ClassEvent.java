package gradflow.classroom;

/**
 * What happened in a class, for the pages that follow it by server push ({@link
 * ClassEvents#subscribe}). The changes that move every page (moved, locks, sweep, ended) carry the
 * class as it now is, with its raised {@link Classroom#version()}: a page that has seen a newer
 * version may ignore an older one.
 */
public sealed interface ClassEvent {

  /** The class's join code. */
  String code();

  /** A change every page follows, with the class as it now is. */
  sealed interface Change extends ClassEvent {
    Classroom classroom();

    @Override
    default String code() {
      return classroom().code();
    }
  }

  /** A change of one run of the gallery. */
  sealed interface OfRun extends ClassEvent {
    ClassRun run();

    @Override
    default String code() {
      return run().code();
    }
  }

  /** The instructor moved the class to another lesson or experiment (the sweep may be gone). */
  record Moved(Classroom classroom) implements Change {}

  /** The instructor changed which settings are locked. */
  record LocksChanged(Classroom classroom) implements Change {}

  /** The instructor set or cleared the sweep: every student's value may have changed. */
  record SweepChanged(Classroom classroom) implements Change {}

  /** The instructor ended the class. */
  record Ended(Classroom classroom) implements Change {}

  /** A student joined; {@code students} counts them all now. */
  record StudentJoined(String code, String studentId, String nickname, int students)
      implements ClassEvent {}

  /** A run ended and joined the gallery. */
  record RunAdded(ClassRun run) implements OfRun {}

  /** The instructor hid a run from the students' gallery, or showed it again ({@code hidden}). */
  record RunHidden(ClassRun run) implements OfRun {}
}
