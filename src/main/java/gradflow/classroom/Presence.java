package gradflow.classroom;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which students have a page open on this replica, as their pages report it: a student may have
 * several (two tabs), and counts as connected while any is. In memory; {@link
 * ClassService#heartbeat} writes it to the store every few seconds, so that a dashboard on another
 * replica counts these students too.
 */
final class Presence {
  private final Map<String, Integer> pages = new ConcurrentHashMap<>();

  void connected(String studentId) {
    pages.merge(studentId, 1, Integer::sum);
  }

  void disconnected(String studentId) {
    pages.computeIfPresent(studentId, (id, n) -> n <= 1 ? null : n - 1);
  }

  /** Whether this student has a page open here. */
  boolean isHere(String studentId) {
    return pages.containsKey(studentId);
  }

  /** The students with a page open here now. */
  Set<String> here() {
    return Set.copyOf(pages.keySet());
  }
}
