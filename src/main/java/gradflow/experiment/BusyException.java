package gradflow.experiment;

/**
 * The scheduler refused a run: every place is taken, or the client already has as many runs going
 * as it may. Not an error in the spec: the same request can succeed in {@link
 * #retryAfterSeconds()}.
 */
public final class BusyException extends RuntimeException {
  private final int retryAfterSeconds;
  private final boolean clientLimit;

  BusyException(String message, int retryAfterSeconds, boolean clientLimit) {
    super(message, null, false, false);
    this.retryAfterSeconds = retryAfterSeconds;
    this.clientLimit = clientLimit;
  }

  /** A guess at when a place frees up, at least 1. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** True when this client's own limit refused it (the server as a whole may have room). */
  public boolean clientLimit() {
    return clientLimit;
  }
}
