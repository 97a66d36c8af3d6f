package gradflow.classroom;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where classes, their students and their runs are kept, so that they survive a restart. The
 * persistence package implements it; {@link ClassService} is its only user and serialises the
 * changes of each class, so an implementation need not guard against two writers of one class.
 */
public interface ClassStore {

  /** Whether any class, live or expired but not yet deleted, has this code. */
  boolean codeTaken(String code);

  void insert(Classroom classroom);

  /** Replaces a class's title-to-sweep fields as given (its version has been raised). */
  void update(Classroom classroom);

  Optional<Classroom> find(String code);

  void insert(Student student);

  /** Stores new sweep values of a class's students (the other fields never change). */
  void updateSweepValues(List<Student> students);

  /** A class's students in the order they joined. */
  List<Student> students(String code);

  /** The student of a class whose token hashes to this, if any. */
  Optional<Student> studentByTokenHash(String code, String tokenHash);

  void insert(ClassRun run);

  /** Shows or hides a run in the students' gallery; false when the class has no such run. */
  boolean setHidden(String code, String runId, boolean hidden);

  /** A class's runs, hidden ones too, oldest first. */
  List<ClassRun> runs(String code);

  /** How many runs a class keeps. */
  int runCount(String code);

  /** Notes that these students had a page open on this replica at {@code at}. */
  void seen(Collection<String> studentIds, Instant at);

  /** The ids of the class's students seen (on any replica) at or after {@code since}. */
  Set<String> seenSince(String code, Instant since);

  /**
   * Deletes the students and runs of every class that expired by {@code now}, and the classes
   * themselves that expired by {@code forgetBefore} (earlier): until then an expired class's code
   * still answers "expired" rather than "unknown", and is not given to a new class.
   *
   * @return how many students and runs, and then classes, were deleted together
   */
  int purge(Instant now, Instant forgetBefore);
}
