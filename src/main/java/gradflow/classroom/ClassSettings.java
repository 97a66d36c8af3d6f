package gradflow.classroom;

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
