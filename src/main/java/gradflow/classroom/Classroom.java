package gradflow.classroom;

import java.time.Instant;
import java.util.List;

/**
 * A class as its pages see it: its code and title, where it is ({@link #target()}), what students
 * may not change ({@link #locks()}), the sweep it trains, and whether it has ended. Every change
 * the pages must follow (moved, locks, sweep, ended) raises {@link #version()}.
 *
 * @param code the join code, 6 characters without look-alikes (no 0/O, 1/I/L, 5/S, …)
 * @param title 1 to 80 characters, no markup
 * @param expiresAt when it expires; it is deleted by the next purge after that
 * @param endedAt when the instructor ended it, or null while it runs
 * @param locks the settings table paths students may not change, in the order they were given
 * @param sweep the sweep, or null
 */
public record Classroom(
    String code,
    String title,
    Instant createdAt,
    Instant expiresAt,
    Instant endedAt,
    int version,
    Target target,
    List<String> locks,
    Sweep sweep) {

  public Classroom {
    locks = List.copyOf(locks);
  }

  public boolean ended() {
    return endedAt != null;
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Whether students may not change a setting: a table path ({@code "layers[].forgetBias"}) or a
   * field ({@code "layers[2].forgetBias"}) that a lock covers (a lock on {@code "init"} covers
   * {@code "init.scheme"}, on {@code "layers"} the number of layers and everything in them), or the
   * setting the class sweeps (each student trains the value they were given).
   */
  public boolean isLocked(String pathOrField) {
    String path = Locks.tablePath(pathOrField);
    return locks.stream().anyMatch(lock -> Locks.covers(lock, path))
        || (sweep != null && Locks.covers(sweep.path(), path));
  }

  /** The class moved to another lesson or experiment. */
  Classroom movedTo(Target to, Sweep keptSweep) {
    return new Classroom(
        code, title, createdAt, expiresAt, endedAt, version + 1, to, locks, keptSweep);
  }

  Classroom withLocks(List<String> paths) {
    return new Classroom(
        code, title, createdAt, expiresAt, endedAt, version + 1, target, paths, sweep);
  }

  Classroom withSweep(Sweep s) {
    return new Classroom(code, title, createdAt, expiresAt, endedAt, version + 1, target, locks, s);
  }

  Classroom endedAt(Instant when) {
    return new Classroom(
        code, title, createdAt, expiresAt, when, version + 1, target, locks, sweep);
  }
}
