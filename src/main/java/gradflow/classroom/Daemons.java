package gradflow.classroom;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Class mode's background threads: one named daemon thread each (events, recording runs, the
 * purge), so that none of them keeps the JVM alive or hides in a thread dump.
 */
final class Daemons {
  private Daemons() {}

  static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(named(name));
  }

  static ScheduledExecutorService scheduled(String name) {
    return Executors.newSingleThreadScheduledExecutor(named(name));
  }

  /** Lets the queued tasks finish, for at most {@code seconds}. */
  static void shutdown(ExecutorService executor, int seconds) {
    executor.shutdown();
    try {
      executor.awaitTermination(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
