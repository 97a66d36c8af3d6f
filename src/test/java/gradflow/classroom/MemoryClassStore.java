package gradflow.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ClassStore} in maps, for the service's tests without a database. */
final class MemoryClassStore implements ClassStore {
  final Map<String, Classroom> classes = new ConcurrentHashMap<>();
  final List<Student> students = new CopyOnWriteArrayList<>();
  final List<ClassRun> runs = new CopyOnWriteArrayList<>();
  final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

  @Override
  public boolean codeTaken(String code) {
    return classes.containsKey(code);
  }

  @Override
  public void insert(Classroom c) {
    if (classes.putIfAbsent(c.code(), c) != null) {
      throw new IllegalStateException("duplicate code " + c.code());
    }
  }

  @Override
  public void update(Classroom c) {
    classes.put(c.code(), c);
  }

  @Override
  public Optional<Classroom> find(String code) {
    return Optional.ofNullable(classes.get(code));
  }

  @Override
  public void insert(Student s) {
    students.add(s);
  }

  @Override
  public void updateSweepValues(List<Student> changed) {
    for (Student s : changed) {
      students.replaceAll(old -> old.id().equals(s.id()) ? s : old);
    }
  }

  @Override
  public List<Student> students(String code) {
    return students.stream()
        .filter(s -> s.code().equals(code))
        .sorted(Comparator.comparingInt(Student::seat))
        .toList();
  }

  @Override
  public Optional<Student> studentByTokenHash(String code, String tokenHash) {
    return students(code).stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
  }

  @Override
  public void insert(ClassRun run) {
    runs.add(run);
  }

  @Override
  public boolean setHidden(String code, String runId, boolean hidden) {
    boolean[] found = {false};
    runs.replaceAll(
        r -> {
          if (r.code().equals(code) && r.id().equals(runId)) {
            found[0] = true;
            return r.withHidden(hidden);
          }
          return r;
        });
    return found[0];
  }

  @Override
  public List<ClassRun> runs(String code) {
    return runs.stream().filter(r -> r.code().equals(code)).toList();
  }

  @Override
  public int runCount(String code) {
    return runs(code).size();
  }

  @Override
  public int purge(Instant now, Instant forgetBefore) {
    List<String> expired = new ArrayList<>();
    classes.values().stream()
        .filter(c -> !now.isBefore(c.expiresAt()))
        .forEach(c -> expired.add(c.code()));
    int before = students.size() + runs.size() + classes.size();
    students.removeIf(s -> expired.contains(s.code()));
    runs.removeIf(r -> expired.contains(r.code()));
    classes.values().removeIf(c -> !forgetBefore.isBefore(c.expiresAt()));
    return before - students.size() - runs.size() - classes.size();
  }

  @Override
  public void seen(Collection<String> studentIds, Instant at) {
    studentIds.forEach(id -> lastSeen.put(id, at));
  }

  @Override
  public Set<String> seenSince(String code, Instant since) {
    return students(code).stream()
        .map(Student::id)
        .filter(id -> lastSeen.containsKey(id) && !lastSeen.get(id).isBefore(since))
        .collect(java.util.stream.Collectors.toSet());
  }
}
