package gradflow.experiment;

/**
 * An {@link ExperimentStore} refused to save: too many saves (try again later) or results too large
 * to keep. Not an error in the spec.
 */
public final class SaveRefusedException extends RuntimeException {
  /** Why. */
  public enum Reason {
    /** This client, or the server as a whole, saved as many experiments as it may for now. */
    TOO_MANY,
    /** The run's recorded results do not fit the size limit, even thinned. */
    TOO_LARGE
  }

  private final Reason reason;
  private final int retryAfterSeconds;

  public SaveRefusedException(Reason reason, String message, int retryAfterSeconds) {
    super(message, null, false, false);
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Reason reason() {
    return reason;
  }

  /** With {@link Reason#TOO_MANY}: when to try again, at least 1; 0 otherwise. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
