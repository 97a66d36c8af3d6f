package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.NO_TOKEN;
import static gradflow.classroom.ClassRefusedException.Reason.OFF;
import static gradflow.classroom.ClassRefusedException.Reason.WRONG_TOKEN;

import java.security.MessageDigest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Class mode's switch and limits, e.g. by environment variable {@code GRADFLOW_INSTRUCTOR_TOKEN=…}
 * or property {@code gradflow.class.max-students=40}.
 *
 * @param instructorToken the secret an instructor sends as {@code X-Instructor-Token} (the pages
 *     ask for it); blank switches class mode off
 * @param maxStudents students one class may have
 * @param maxRuns runs one class may keep in its gallery (and have training towards it)
 * @param expiryDays a class, its students and its runs are deleted this many days after it was
 *     created
 */
@ConfigurationProperties("gradflow.class")
public record ClassSettings(
    @DefaultValue("") String instructorToken,
    @DefaultValue("60") int maxStudents,
    @DefaultValue("300") int maxRuns,
    @DefaultValue("14") int expiryDays) {

  public ClassSettings {
    instructorToken = instructorToken == null ? "" : instructorToken.strip();
    atLeast("max-students", maxStudents, 1);
    atLeast("max-runs", maxRuns, 1);
    atLeast("expiry-days", expiryDays, 1);
  }

  /** Whether class mode is on: an instructor token is configured. */
  public boolean enabled() {
    return !instructorToken.isEmpty();
  }

  /**
   * Whether {@code token} is the instructor's, compared in constant time: both are hashed first, so
   * that not even the length of the configured token shows in the time taken.
   */
  boolean acceptsInstructor(String token) {
    return enabled()
        && token != null
        && MessageDigest.isEqual(Tokens.sha256(token), Tokens.sha256(instructorToken));
  }

  /**
   * Refuses an instructor operation: OFF (saying how to turn class mode on), NO_TOKEN or
   * WRONG_TOKEN, naming the header {@code X-Instructor-Token}.
   */
  void checkInstructor(String token) {
    if (!enabled()) {
      throw new ClassRefusedException(
          OFF,
          "X-Instructor-Token",
          "Class mode is off on this server. To turn it on, set the environment variable"
              + " GRADFLOW_INSTRUCTOR_TOKEN (or the property gradflow.class.instructor-token) to a"
              + " secret of your choice, restart GradFlow, and give that secret as the instructor"
              + " token (the X-Instructor-Token header).");
    }
    if (token == null || token.isBlank()) {
      throw new ClassRefusedException(
          NO_TOKEN,
          "X-Instructor-Token",
          "This is for the instructor: send the instructor token (GRADFLOW_INSTRUCTOR_TOKEN) in"
              + " the X-Instructor-Token header.");
    }
    if (!acceptsInstructor(token)) {
      throw new ClassRefusedException(
          WRONG_TOKEN,
          "X-Instructor-Token",
          "The X-Instructor-Token is not this server's instructor token; nothing was changed.");
    }
  }

  @Override
  public String toString() {
    // Never the token itself, in logs or actuator output.
    return "ClassSettings[enabled=%s, maxStudents=%d, maxRuns=%d, expiryDays=%d]"
        .formatted(enabled(), maxStudents, maxRuns, expiryDays);
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(
          "gradflow.class." + name + " is " + value + ", but it must be at least " + min);
    }
  }
}
