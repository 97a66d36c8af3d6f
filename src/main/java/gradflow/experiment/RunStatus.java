package gradflow.experiment;

import java.util.Locale;

/** Where a run is in its life. The last five are final. */
public enum RunStatus {
  /** Waiting for a place among the active runs ("queued at position n"). */
  QUEUED,
  /** Active: it takes turns with the other active runs (it may be paused; see the snapshot). */
  RUNNING,
  /** Every step taken. */
  FINISHED,
  /** A loss or gradient became NaN or infinite; the message says at which step. */
  DIVERGED,
  /** Cancelled by its owner, or because nobody watched it any more. */
  CANCELLED,
  /** Something went wrong on the server; the message says what. */
  FAILED,
  /**
   * Ended by the server because it shut down (a restart or an update): its last probe was published
   * first, and the same spec trains again once the server is back.
   */
  STOPPED;

  /** The lower-case name the REST API and the UI use. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isFinal() {
    return this != QUEUED && this != RUNNING;
  }
}
