package gradflow.ui.classroom;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The secrets a browser holds in class mode, kept in its Vaadin session and never in an address:
 * the instructor's token, and a student's token per class code, so that a reload keeps the seat.
 */
final class ClassSessions {
  private static final String INSTRUCTOR = "gradflow.class.instructor";
  private static final String STUDENT = "gradflow.class.student.";

  private ClassSessions() {}

  static Optional<String> instructorToken() {
    return get(INSTRUCTOR);
  }

  static void keepInstructorToken(String token) {
    set(INSTRUCTOR, token);
  }

  static Optional<String> studentToken(String code) {
    return get(STUDENT + code);
  }

  static void keepStudentToken(String code, String token) {
    set(STUDENT + code, token);
  }

  /** Forgets a token the class no longer knows (the class was deleted, or the seat is gone). */
  static void forgetStudent(String code) {
    set(STUDENT + code, null);
  }

  private static Optional<String> get(String key) {
    var session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((String) session.getAttribute(key));
  }

  private static void set(String key, String value) {
    var session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(key, value);
    }
  }
}
