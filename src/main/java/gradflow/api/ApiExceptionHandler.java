package gradflow.api;

import gradflow.classroom.ClassRefusedException;
import gradflow.experiment.BusyException;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.SaveRefusedException;
import gradflow.experiment.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every exception under {@code /api/} into a JSON {@link ApiError}: what the client sent
 * wrong is a 4xx naming the field, and only a bug on the server is a 500. Other paths (the Vaadin
 * UI) keep Spring's own handling.
 */
@RestControllerAdvice
class ApiExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidSpecException.class)
  ResponseEntity<ApiError> invalid(InvalidSpecException e) {
    List<Violation> errors = e.violations();
    Violation first =
        errors.isEmpty()
            ? new Violation(Violation.WHOLE_SPEC, null, "The spec is invalid.")
            : errors.getFirst();
    return json(
        HttpStatus.BAD_REQUEST,
        new ApiError(400, "invalid spec", first.field(), first.message(), errors, null));
  }

  @ExceptionHandler(ApiExceptions.BodyTooLarge.class)
  ResponseEntity<ApiError> tooLarge(ApiExceptions.BodyTooLarge e) {
    return json(
        HttpStatus.CONTENT_TOO_LARGE,
        ApiError.of(413, "too large", Violation.WHOLE_SPEC, e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.BadBody.class)
  ResponseEntity<ApiError> badBody(ApiExceptions.BadBody e) {
    return json(
        HttpStatus.BAD_REQUEST,
        ApiError.of(400, "bad request", Violation.WHOLE_SPEC, e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.NotJson.class)
  ResponseEntity<ApiError> notJson(ApiExceptions.NotJson e) {
    return json(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        ApiError.of(415, "unsupported media type", "Content-Type", e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.RunNotFound.class)
  ResponseEntity<ApiError> notFound(ApiExceptions.RunNotFound e) {
    return json(HttpStatus.NOT_FOUND, ApiError.of(404, "not found", e.field(), e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.ExperimentNotFound.class)
  ResponseEntity<ApiError> noExperiment(ApiExceptions.ExperimentNotFound e) {
    return json(HttpStatus.NOT_FOUND, ApiError.of(404, "not found", "slug", e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.ExportNotFound.class)
  ResponseEntity<ApiError> noExport(ApiExceptions.ExportNotFound e) {
    return json(HttpStatus.NOT_FOUND, ApiError.of(404, "not found", "file", e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.RunNotRecordable.class)
  ResponseEntity<ApiError> notRecordable(ApiExceptions.RunNotRecordable e) {
    return json(HttpStatus.CONFLICT, ApiError.of(409, "run not ended", "runId", e.getMessage()));
  }

  @ExceptionHandler(ApiExceptions.SpecMismatch.class)
  ResponseEntity<ApiError> specMismatch(ApiExceptions.SpecMismatch e) {
    return json(HttpStatus.BAD_REQUEST, ApiError.of(400, "spec mismatch", "runId", e.getMessage()));
  }

  @ExceptionHandler(SaveRefusedException.class)
  ResponseEntity<ApiError> saveRefused(SaveRefusedException e) {
    if (e.reason() == SaveRefusedException.Reason.TOO_LARGE) {
      return json(
          HttpStatus.CONTENT_TOO_LARGE, ApiError.of(413, "too large", "runId", e.getMessage()));
    }
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ApiError(429, "too many saves", null, e.getMessage(), null, e.retryAfterSeconds()));
  }

  @ExceptionHandler(BusyException.class)
  ResponseEntity<ApiError> busy(BusyException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(429, "busy", null, e.getMessage(), null, e.retryAfterSeconds()));
  }

  /** Class mode's refusals: each reason its status and word, the message and field as they are. */
  @ExceptionHandler(ClassRefusedException.class)
  ResponseEntity<ApiError> classRefused(ClassRefusedException e) {
    HttpStatus status =
        switch (e.reason()) {
          case OFF, NOT_FOUND, EXPIRED, NO_RUN -> HttpStatus.NOT_FOUND;
          case NO_TOKEN -> HttpStatus.UNAUTHORIZED;
          case WRONG_TOKEN, NOT_A_STUDENT, LOCKED -> HttpStatus.FORBIDDEN;
          case ENDED, TAKEN, FULL, TOO_MANY_RUNS -> HttpStatus.CONFLICT;
          case INVALID -> HttpStatus.BAD_REQUEST;
        };
    String error =
        switch (e.reason()) {
          case OFF -> "class mode off";
          case NOT_FOUND, NO_RUN -> "not found";
          case EXPIRED -> "class expired";
          case NO_TOKEN -> "instructor token missing";
          case WRONG_TOKEN -> "wrong instructor token";
          case NOT_A_STUDENT -> "not a student";
          case LOCKED -> "locked setting";
          case ENDED -> "class ended";
          case TAKEN -> "nickname taken";
          case FULL -> "class full";
          case TOO_MANY_RUNS -> "too many runs";
          case INVALID -> "invalid";
        };
    List<Violation> errors = e.violations().isEmpty() ? null : e.violations();
    return json(
        status, new ApiError(status.value(), error, e.field(), e.getMessage(), errors, null));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    return json(
        HttpStatus.BAD_REQUEST,
        ApiError.of(
            400,
            "bad parameter",
            e.getName(),
            e.getName() + " must be a whole number, not " + quoted(e.getValue()) + "."));
  }

  /** Everything else: Spring's own client errors keep their status; anything else is our bug. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> other(Exception e, HttpServletRequest request) throws Exception {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      throw e;
    }
    if (e instanceof ErrorResponse er && er.getStatusCode().is4xxClientError()) {
      int status = er.getStatusCode().value();
      String detail = er.getBody().getDetail();
      return json(
          HttpStatus.valueOf(status),
          ApiError.of(
              status,
              HttpStatus.valueOf(status).getReasonPhrase().toLowerCase(java.util.Locale.ROOT),
              null,
              detail == null ? HttpStatus.valueOf(status).getReasonPhrase() + "." : detail));
    }
    if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException
        || e instanceof org.springframework.web.bind.ServletRequestBindingException
        || e instanceof java.io.IOException) {
      return json(
          HttpStatus.BAD_REQUEST,
          ApiError.of(400, "bad request", null, "The request could not be read."));
    }
    LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    return json(
        HttpStatus.INTERNAL_SERVER_ERROR,
        ApiError.of(500, "internal error", null, "Something went wrong on the server."));
  }

  private static ResponseEntity<ApiError> json(HttpStatus status, ApiError body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static String quoted(Object value) {
    return value == null ? "nothing" : "\"" + ApiExceptions.shorten(value.toString()) + "\"";
  }
}
