package gradflow.classroom;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads back from the store what other replicas changed in the classes that this one's pages
 * follow, and publishes it as events. Behind HAProxy every page stays with one replica, but a
 * class's instructor and students may sit on different ones, and events travel only inside a
 * replica; the store is what they share. {@link ClassEvents} delivers each change once, however
 * many times it is published, so this replica's own changes (published at once) are not heard
 * twice.
 */
final class ClassWatch {
  private final ClassStore store;
  private final ClassEvents events;

  /** What was last read of each followed class; a class read for the first time is not news. */
  private final Map<String, Seen> seen = new HashMap<>();

  private record Seen(Classroom classroom, Map<String, Boolean> runs, Set<String> students) {}

  ClassWatch(ClassStore store, ClassEvents events) {
    this.store = store;
    this.events = events;
  }

  /** One look at every class that has listeners here; run every second or so. */
  synchronized void poll() {
    var codes = events.watched();
    seen.keySet().retainAll(codes);
    for (String code : codes) {
      Classroom now = store.find(code).orElse(null);
      if (now == null) {
        continue;
      }
      Map<String, Boolean> runs = new HashMap<>();
      List<ClassRun> gallery = store.runs(code);
      gallery.forEach(r -> runs.put(r.id(), r.hidden()));
      List<Student> students = store.students(code);
      Seen before = seen.put(code, new Seen(now, runs, ids(students)));
      if (before == null) {
        continue;
      }
      if (now.version() > before.classroom().version()) {
        events.publish(kind(before.classroom(), now));
      }
      for (ClassRun run : gallery) {
        Boolean hidden = before.runs().get(run.id());
        if (hidden == null) {
          events.publish(new ClassEvent.RunAdded(run));
        } else if (hidden != run.hidden()) {
          events.publish(new ClassEvent.RunHidden(run));
        }
      }
      for (Student s : students) {
        if (!before.students().contains(s.id())) {
          events.publish(new ClassEvent.StudentJoined(code, s.id(), s.nickname(), students.size()));
        }
      }
    }
  }

  private static Set<String> ids(List<Student> students) {
    Set<String> ids = new HashSet<>();
    students.forEach(s -> ids.add(s.id()));
    return ids;
  }

  /** Which change a newer version of a class is, as far as its fields tell. */
  static ClassEvent.Change kind(Classroom before, Classroom now) {
    if (now.ended()) {
      return new ClassEvent.Ended(now);
    }
    if (!Objects.equals(before.target(), now.target())) {
      return new ClassEvent.Moved(now);
    }
    if (!Objects.equals(before.sweep(), now.sweep())) {
      return new ClassEvent.SweepChanged(now);
    }
    if (!before.locks().equals(now.locks())) {
      return new ClassEvent.LocksChanged(now);
    }
    return new ClassEvent.Moved(now);
  }
}
