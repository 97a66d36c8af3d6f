package gradflow.classroom;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which students have a page open, as their pages report it: a student may have several (two tabs),
 * and counts as connected while any is. Kept in memory only: after a restart the pages connect
 * again.
 */
final class Presence {
  private final Map<String, Integer> pages = new ConcurrentHashMap<>();

  void connected(String studentId) {
    pages.merge(studentId, 1, Integer::sum);
  }

  void disconnected(String studentId) {
    pages.computeIfPresent(studentId, (id, n) -> n <= 1 ? null : n - 1);
  }

  /** How many of these students have a page open. */
  int connected(Collection<Student> students) {
    return (int) students.stream().filter(s -> pages.containsKey(s.id())).count();
  }
}
