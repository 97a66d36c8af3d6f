package gradflow.ui.share;

/** A share link whose slug names no saved experiment (unknown, mistyped or malformed). */
public final class NoSuchExperiment extends RuntimeException {
  /** The router makes one itself, with no arguments, when it shows the error page. */
  public NoSuchExperiment() {
    super("no saved experiment");
  }

  public NoSuchExperiment(String slug) {
    super("no saved experiment " + slug);
  }
}
