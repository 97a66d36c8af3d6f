package gradflow.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container sends what no endpoint answered (a broken upload, an
 * unknown path outside the pages): always the API's JSON error with the real status. Asked for
 * directly, it is a 404 like any path without content, never Spring's "500, status 999".
 */
@Controller
class ErrorEndpoint implements ErrorController {

  @RequestMapping(path = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ApiError> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value && HttpStatus.resolve(value) != null
            ? HttpStatus.valueOf(value)
            : HttpStatus.NOT_FOUND;
    String message =
        switch (status) {
          case NOT_FOUND -> "There is nothing at this address.";
          case CONTENT_TOO_LARGE -> "The request body is too large.";
          case BAD_REQUEST -> "The request could not be read.";
          default ->
              status.is5xxServerError()
                  ? "Something went wrong on the server."
                  : status.getReasonPhrase() + ".";
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            ApiError.of(
                status.value(), status.getReasonPhrase().toLowerCase(Locale.ROOT), null, message));
  }
}
