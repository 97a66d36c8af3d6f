package gradflow.experiment;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * The runs' part of a graceful shutdown (SIGTERM from Docker or Kubernetes). It stops before the
 * web server does, so that the pages still hear the end: new runs are refused, every run publishes
 * where it got to and ends as "stopped at step k: the server is shutting down", and the pages get
 * {@code notice} to show it before the web server closes their connections. Saved experiments are
 * already on disk (each save commits before it is answered), so nothing saved is lost.
 */
final class RunShutdown implements SmartLifecycle {
  static final String WHY = "the server is shutting down; press Train again when it is back";

  private final RunScheduler scheduler;
  private final Duration grace;
  private final Duration notice;
  private volatile boolean running;

  RunShutdown(RunScheduler scheduler, Duration grace, Duration notice) {
    this.scheduler = scheduler;
    this.grace = grace;
    this.notice = notice;
  }

  @Override
  public void start() {
    scheduler.reopen();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (scheduler.stopAll(WHY, grace) > 0) {
      try {
        Thread.sleep(notice.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Not on a pause: Spring 7 pauses an idle cached context (in tests) by stopping its lifecycle
   * beans, which here would refuse every later run of that context as "shutting down".
   */
  @Override
  public boolean isPauseable() {
    return false;
  }

  /** Before the web server's graceful shutdown (a lower phase), which stops later. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }
}
