package gradflow.api;

/** The API's own refusals, each answered by {@link ApiExceptionHandler} with its status. */
final class ApiExceptions {
  private ApiExceptions() {}

  /** 404: no run with that id (never was, or forgotten after it ended). */
  static final class RunNotFound extends RuntimeException {
    private final String field;

    /**
     * @param field where the id came from: "id" in a run's path, "runId" when saving
     */
    RunNotFound(String field, String id) {
      super(
          "There is no run with id "
              + shorten(id)
              + "; it never existed or ended long enough ago to be forgotten.",
          null,
          false,
          false);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /** 404: no saved experiment under that slug. */
  static final class ExperimentNotFound extends RuntimeException {
    ExperimentNotFound(String slug) {
      super(
          "There is no saved experiment "
              + shorten(slug)
              + "; check that the link was copied whole.",
          null,
          false,
          false);
    }
  }

  /** 404 naming file: no export file of that name. */
  static final class ExportNotFound extends RuntimeException {
    ExportNotFound(String file, java.util.List<String> known) {
      super(
          "There is no export " + shorten(file) + "; the exports are " + String.join(", ", known),
          null,
          false,
          false);
    }
  }

  /**
   * 409: the run cannot be saved with its results as it is now (still going, or ended without
   * results worth keeping).
   */
  static final class RunNotRecordable extends RuntimeException {
    RunNotRecordable(String message) {
      super(message, null, false, false);
    }
  }

  /** 400 naming runId: the spec sent is not the spec the run trained. */
  static final class SpecMismatch extends RuntimeException {
    SpecMismatch(String runId) {
      super(
          "Run "
              + shorten(runId)
              + " trained a different spec than the one sent; send no body to save the run's own"
              + " spec with its results, or leave out runId to save the spec alone.",
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

  /** 415 naming Content-Type: a body that is not declared as UTF-8 JSON. */
  static final class NotJson extends RuntimeException {
    NotJson(String contentType) {
      super(
          "Send the body as JSON with Content-Type: application/json (UTF-8), not "
              + (contentType == null ? "without a Content-Type" : contentType)
              + ".",
          null,
          false,
          false);
    }
  }

  static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  /** A body that is not plain UTF-8 JSON as it should be, e.g. with a byte order mark. */
  static final class BadBody extends RuntimeException {
    BadBody(String message) {
      super(message);
    }
  }
}
