package gradflow.classroom;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server push for class pages: a page subscribes to its class and hears every {@link ClassEvent} of
 * it, in the order they happened.
 *
 * <pre>{@code
 * var subscription = events.subscribe(code, e -> ui.access(() -> show(e)));
 * addDetachListener(d -> subscription.close());
 * }</pre>
 *
 * <p>Events are delivered on one thread of their own, never on the thread that changed the class
 * (which may hold the class's lock), so a listener may call the service back. A listener that
 * throws is logged and the others still hear the event; a slow listener delays the rest, so a page
 * should only hand the event to its UI ({@code ui.access}).
 */
public final class ClassEvents implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClassEvents.class);

  /** A subscription; closing it (more than once is fine) stops its deliveries. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  private final Map<String, List<Consumer<ClassEvent>>> listeners = new ConcurrentHashMap<>();

  /**
   * What each class's listeners have heard, touched only on the delivery thread: the same change
   * may be published twice, by the replica that made it and by the {@link ClassWatch} that reads it
   * back from the store, and is delivered once.
   */
  private final Map<String, Heard> heard = new ConcurrentHashMap<>();

  private final ExecutorService delivery = Daemons.single("gradflow-class-events");

  /** Hears every later event of the class with this code. */
  public Subscription subscribe(String code, Consumer<ClassEvent> listener) {
    // Adding and removing inside the map's atomic compute, so that a list being dropped as empty
    // never swallows a listener being added.
    listeners.compute(
        code,
        (c, all) -> {
          List<Consumer<ClassEvent>> list = all == null ? new CopyOnWriteArrayList<>() : all;
          list.add(listener);
          return list;
        });
    return () ->
        listeners.computeIfPresent(
            code,
            (c, all) -> {
              all.remove(listener);
              return all.isEmpty() ? null : all;
            });
  }

  /** How many listeners a class has, e.g. for a test or the dashboard. */
  public int listenerCount(String code) {
    return listeners.getOrDefault(code, List.of()).size();
  }

  /** Delivers an event to the class's listeners, later, on the delivery thread. */
  void publish(ClassEvent event) {
    if (delivery.isShutdown()) {
      return;
    }
    delivery.execute(() -> deliver(event));
  }

  /** The codes that have listeners now, for the {@link ClassWatch}. */
  java.util.Set<String> watched() {
    return java.util.Set.copyOf(listeners.keySet());
  }

  private void deliver(ClassEvent event) {
    if (!heard.computeIfAbsent(event.code(), c -> new Heard()).isNew(event)) {
      return;
    }
    for (Consumer<ClassEvent> listener : listeners.getOrDefault(event.code(), List.of())) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("a listener of class {} failed on {}", event.code(), event, e);
      }
    }
  }

  /**
   * The newest version, the runs (with their hidden flag) and the students a class's pages heard.
   */
  private static final class Heard {
    private int version = -1;
    private final Map<String, Boolean> runs = new java.util.HashMap<>();
    private final java.util.Set<String> students = new java.util.HashSet<>();

    boolean isNew(ClassEvent event) {
      return switch (event) {
        case ClassEvent.Change c -> {
          boolean fresh = c.classroom().version() > version;
          version = Math.max(version, c.classroom().version());
          yield fresh;
        }
        case ClassEvent.RunAdded r -> runs.putIfAbsent(r.run().id(), r.run().hidden()) == null;
        case ClassEvent.RunHidden r ->
            !Boolean.valueOf(r.run().hidden()).equals(runs.put(r.run().id(), r.run().hidden()));
        case ClassEvent.StudentJoined j -> students.add(j.studentId());
      };
    }
  }

  @Override
  public void close() {
    Daemons.shutdown(delivery, 2);
  }
}
