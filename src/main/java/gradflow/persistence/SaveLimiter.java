package gradflow.persistence;

import gradflow.experiment.SaveRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perHour} saves per client in any hour. Kept in memory, not in the database, so
 * that no client address is ever stored; a restart forgets the counts, which only lets a client
 * start afresh.
 */
final class SaveLimiter {
  private static final Duration WINDOW = Duration.ofHours(1);

  private final int perHour;
  private final InstantSource clock;
  // Guarded by this: each client's save times within the window, oldest first.
  private final Map<String, ArrayDeque<Instant>> saves = new HashMap<>();

  SaveLimiter(int perHour, InstantSource clock) {
    this.perHour = perHour;
    this.clock = clock;
  }

  /**
   * Counts a save for the client.
   *
   * @throws SaveRefusedException when the client has saved {@code perHour} times within the hour
   */
  synchronized void acquire(String clientId) {
    Instant now = clock.instant();
    forgetBefore(now.minus(WINDOW));
    ArrayDeque<Instant> times = saves.computeIfAbsent(clientId, k -> new ArrayDeque<>());
    if (times.size() >= perHour) {
      long wait = Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds() + 1;
      throw new SaveRefusedException(
          SaveRefusedException.Reason.TOO_MANY,
          "You have saved "
              + times.size()
              + " experiments within the last hour, the most allowed; retry in "
              + wait
              + " s.",
          (int) Math.max(1, wait));
    }
    times.addLast(now);
  }

  /** Gives a save back (it failed after all). */
  synchronized void release(String clientId) {
    ArrayDeque<Instant> times = saves.get(clientId);
    if (times != null) {
      times.pollLast();
    }
  }

  private void forgetBefore(Instant start) {
    saves
        .values()
        .removeIf(
            times -> {
              while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.pollFirst();
              }
              return times.isEmpty();
            });
  }
}
