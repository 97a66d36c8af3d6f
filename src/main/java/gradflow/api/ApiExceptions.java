package gradflow.api;

/** The API's own refusals, each answered by {@link ApiExceptionHandler} with its status. */
final class ApiExceptions {
  private ApiExceptions() {}

  /** 404: no run with that id (never was, or forgotten after it ended). */
  static final class RunNotFound extends RuntimeException {
    RunNotFound(String id) {
      super(
          "There is no run with id "
              + shorten(id)
              + "; it never existed or ended long enough ago to be forgotten.",
          null,
          false,
          false);
    }
  }

  /** 413: the body is larger than a spec may be. */
  static final class BodyTooLarge extends RuntimeException {
    BodyTooLarge(long bytes, int max) {
      super(
          (bytes >= 0 ? "The spec is " + bytes + " bytes long" : "The spec is too long")
              + ", but it may be at most "
              + max
              + " bytes.",
          null,
          false,
          false);
    }
  }

  static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
