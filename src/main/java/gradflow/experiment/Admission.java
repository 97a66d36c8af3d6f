package gradflow.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may train and in what order: the runs that hold a place (at most {@code maxActive}, and only
 * while their estimated memory fits the budget), the queue behind them in order of arrival, and the
 * refusals when the queue is full or a client (or its address) already has its share. Fairness
 * between the admitted runs is the turn-taking's ({@link RunScheduler}).
 *
 * <p>Not thread-safe: the scheduler's lock guards it.
 */
final class Admission {
  private static final Logger LOG = LoggerFactory.getLogger(Admission.class);

  private final RunSettings settings;
  private final ArrayDeque<Run> waiting = new ArrayDeque<>();
  private final Set<Run> active = new LinkedHashSet<>();
  private long refused;

  Admission(RunSettings settings) {
    this.settings = settings;
  }

  /**
   * Refuses a new run of the client when it, its address, or the queue has no room left.
   *
   * @param live every run that has not ended
   * @throws BusyException saying whose share is full and when to retry
   */
  void check(Collection<Run> live, String clientId, String address) {
    List<Run> mine = live.stream().filter(r -> r.clientId().equals(clientId)).toList();
    if (mine.size() >= settings.perClient()) {
      throw refuse(Refusals.clientLimit(mine), "the client has " + mine.size() + " going");
    }
    if (address != null && settings.perAddress() > 0) {
      List<Run> fromThere = live.stream().filter(r -> address.equals(r.address())).toList();
      if (fromThere.size() >= settings.perAddress()) {
        throw refuse(
            Refusals.addressLimit(fromThere), "its address has " + fromThere.size() + " going");
      }
    }
    if (active.size() >= settings.activePlaces() && waiting.size() >= settings.queueCapacity()) {
      throw refuse(
          Refusals.full(active, waiting.size()),
          active.size() + " active and " + waiting.size() + " queued");
    }
  }

  /** Counts a refusal and says why in the log; returns the exception to throw. */
  BusyException refuse(BusyException e, String why) {
    refused++;
    LOG.info("refused a run: {}", why);
    return e;
  }

  void queue(Run run) {
    waiting.addLast(run);
  }

  /**
   * Gives places to the runs at the head of the queue, in order of arrival: a big run at the head
   * waits for memory rather than being overtaken.
   *
   * @return the runs that got a place just now
   */
  List<Run> admit() {
    List<Run> admitted = new ArrayList<>();
    while (active.size() < settings.activePlaces()
        && !waiting.isEmpty()
        && activeMemory() + waiting.peekFirst().memory() <= settings.memoryBudgetBytes()) {
      Run next = waiting.pollFirst();
      active.add(next);
      admitted.add(next);
    }
    return admitted;
  }

  /** Takes the run out of the queue or its place; false when it had neither. */
  boolean leave(Run run) {
    boolean waited = waiting.remove(run);
    boolean held = active.remove(run);
    return waited || held;
  }

  /** Empties the queue (the server shuts down) and returns what it held. */
  List<Run> drainQueue() {
    List<Run> queued = new ArrayList<>(waiting);
    waiting.clear();
    return queued;
  }

  boolean holdsPlace(Run run) {
    return active.contains(run);
  }

  List<Run> active() {
    return List.copyOf(active);
  }

  int activeCount() {
    return active.size();
  }

  int queuedCount() {
    return waiting.size();
  }

  long refusedCount() {
    return refused;
  }

  /** 1 for the next run to get a place, while queued; 0 otherwise. */
  int position(Run run) {
    int position = 1;
    for (Run r : waiting) {
      if (r == run) {
        return position;
      }
      position++;
    }
    return 0;
  }

  private long activeMemory() {
    long sum = 0;
    for (Run r : active) {
      sum += r.memory();
    }
    return sum;
  }
}
