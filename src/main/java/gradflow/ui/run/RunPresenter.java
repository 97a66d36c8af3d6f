package gradflow.ui.run;

import gradflow.experiment.BusyException;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.Violation;
import java.util.List;
import java.util.Optional;

/**
 * One page's run: starts it, drives its buttons, and hands out its newest state. The page polls
 * {@link #poll()} at its own pace and gets only what changed, the newest state rather than a
 * backlog, so a slow browser never slows training.
 */
public final class RunPresenter {

  /** What happened when the student pressed train. */
  public sealed interface Start {}

  /** The run is on its way (perhaps queued). */
  public record Started(Run run) implements Start {}

  /**
   * No place for it now; try again after the given seconds.
   *
   * @param clientLimit true when this page's own runs fill its share, false when the server is full
   */
  public record Busy(String message, int retryAfterSeconds, boolean clientLimit) implements Start {}

  /** The spec has problems, each naming its field. */
  public record Invalid(List<Violation> violations) implements Start {}

  /** Class mode refused the run (a locked setting changed, the class ended); the words say why. */
  public record Refused(String message) implements Start {}

  /**
   * How a run is submitted: to the scheduler on the playground, through the class on a student's
   * page, so that the class's locks hold on the server too.
   */
  @FunctionalInterface
  public interface Submitter {
    Run submit(ExperimentSpec spec, String clientId, String address, boolean paused);
  }

  private final RunScheduler scheduler;
  private final Submitter submitter;
  private final String clientId;
  private final String address;
  private Run run;
  private RunSnapshot shown;
  private gradflow.engine.Probe drawnProbe;

  /**
   * Who the current page is, for the per-client limits of runs and saves: its browser session, so
   * that a class behind one school address is not one client; a fresh id where there is none.
   */
  public static String currentClientId() {
    var session = com.vaadin.flow.server.VaadinSession.getCurrent();
    return session == null || session.getSession() == null
        ? "page-" + java.util.UUID.randomUUID()
        : session.getSession().getId();
  }

  /**
   * The page's network address (the client's, behind a trusted proxy), for the per-address limit;
   * null outside a page.
   */
  static String currentAddress() {
    var session = com.vaadin.flow.server.VaadinSession.getCurrent();
    return session == null || session.getBrowser() == null
        ? null
        : session.getBrowser().getAddress();
  }

  public RunPresenter(RunScheduler scheduler, String clientId) {
    this(scheduler, clientId, scheduler::submitFrom);
  }

  public RunPresenter(RunScheduler scheduler, String clientId, Submitter submitter) {
    this.scheduler = scheduler;
    this.submitter = submitter;
    this.clientId = clientId;
    this.address = currentAddress();
  }

  /** Starts a run of the spec, replacing (and cancelling) this page's previous run. */
  public synchronized Start train(ExperimentSpec spec) {
    return start(spec, false);
  }

  /**
   * Starts a run of the spec paused and takes its first step: "One step" before any run, so that a
   * student can walk through training from step 0.
   */
  public synchronized Start trainOneStep(ExperimentSpec spec) {
    Start start = start(spec, true);
    if (start instanceof Started) {
      run.stepOnce();
    }
    return start;
  }

  private Start start(ExperimentSpec spec, boolean paused) {
    stop();
    try {
      run = submitter.submit(spec, clientId, address, paused);
      return new Started(run);
    } catch (gradflow.classroom.ClassRefusedException e) {
      return new Refused(gradflow.ui.i18n.RefusalText.of(e));
    } catch (InvalidSpecException e) {
      return new Invalid(e.violations());
    } catch (BusyException e) {
      return new Busy(e.getMessage(), e.retryAfterSeconds(), e.clientLimit());
    }
  }

  public synchronized Optional<Run> run() {
    return Optional.ofNullable(run);
  }

  /** Pauses a running run, or resumes a paused one. */
  public synchronized void togglePause() {
    if (run != null && !run.status().isFinal()) {
      if (run.isPaused()) {
        run.resume();
      } else {
        run.pause();
      }
    }
  }

  /** Takes one training step of a paused run (pausing a running one first). */
  public synchronized void stepOnce() {
    if (run != null && !run.status().isFinal()) {
      if (!run.isPaused()) {
        run.pause();
      }
      run.stepOnce();
    }
  }

  /** Cancels this page's run and forgets it: the page goes back to its fresh state. */
  public synchronized void stop() {
    if (run != null) {
      scheduler.cancel(run);
      run = null;
      shown = null;
    }
  }

  /**
   * The run's state if it changed since the last poll; also tells the scheduler that someone is
   * still watching.
   */
  /** The page has drawn this state: its probe's age goes to the update-latency meter. */
  public synchronized void shown(RunSnapshot drawn) {
    var probe = drawn.latestProbe();
    if (run != null && probe != null && probe != drawnProbe && drawn.id().equals(run.id())) {
      drawnProbe = probe;
      run.probeShown(probe);
    }
  }

  public synchronized Optional<RunSnapshot> poll() {
    if (run == null) {
      return Optional.empty();
    }
    var now = run.snapshot();
    if (shown != null && sameAsShown(now)) {
      return Optional.empty();
    }
    shown = now;
    return Optional.of(now);
  }

  private boolean sameAsShown(RunSnapshot now) {
    return now.status() == shown.status()
        && now.paused() == shown.paused()
        && now.step() == shown.step()
        && now.queuePosition() == shown.queuePosition()
        && now.latestProbe() == shown.latestProbe();
  }
}
