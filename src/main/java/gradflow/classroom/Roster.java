package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.FULL;
import static gradflow.classroom.ClassRefusedException.Reason.NOT_A_STUDENT;
import static gradflow.classroom.ClassRefusedException.Reason.TAKEN;

import java.util.List;

/**
 * A class's students: joining under a nickname (unique in the class, within the class's limit of
 * students, with the next sweep value) and finding a student again by their secret token.
 */
final class Roster {
  private final ClassService service;

  Roster(ClassService service) {
    this.service = service;
  }

  /**
   * Joins a class under a nickname.
   *
   * @throws ClassRefusedException when the class cannot be found or has ended, the nickname is not
   *     allowed (naming {@code nickname} and the limit) or taken, or the class is full
   */
  Joined join(String code, String nickname) {
    Classroom found = service.find(code);
    String name = Names.nickname(nickname);
    Joined joined =
        service.locked(
            found.code(),
            () -> {
              Classroom c = service.live(found.code());
              List<Student> students = service.store().students(c.code());
              if (students.size() >= service.settings().maxStudents()) {
                throw new ClassRefusedException(
                    FULL,
                    "code",
                    new ClassRefusedException.Rule("full", List.of(students.size())),
                    "Class "
                        + c.code()
                        + " is full: it has "
                        + students.size()
                        + " students, the most it may (an instructor can raise"
                        + " GRADFLOW_CLASS_MAXSTUDENTS).");
              }
              String key = Names.key(name);
              if (students.stream().anyMatch(s -> Names.key(s.nickname()).equals(key))) {
                throw new ClassRefusedException(
                    TAKEN,
                    "nickname",
                    new ClassRefusedException.Rule("taken", List.of(name)),
                    "nickname \"" + name + "\" is taken in this class; pick another.");
              }
              int seat = students.size();
              String token = Tokens.secret();
              Student s =
                  new Student(
                      Tokens.id(),
                      c.code(),
                      seat,
                      name,
                      Tokens.hash(token),
                      c.sweep() == null ? null : c.sweep().valueFor(seat),
                      service.now());
              service.store().insert(s);
              return new Joined(service.seatOf(c, s), token);
            });
    Student s = joined.seat().student();
    service.publish(new ClassEvent.StudentJoined(s.code(), s.id(), s.nickname(), s.seat() + 1));
    return joined;
  }

  /**
   * A student's seat as it is now (after the class moved, or the sweep changed), for their page.
   *
   * @throws ClassRefusedException NOT_A_STUDENT naming {@code X-Student-Token}, or as {@link #find}
   */
  Seat seat(String code, String studentToken) {
    Classroom c = service.find(code);
    if (studentToken == null || studentToken.isBlank()) {
      throw new ClassRefusedException(
          NOT_A_STUDENT,
          "X-Student-Token",
          "Send your student token (joining the class answered it) in the X-Student-Token"
              + " header.");
    }
    Student s =
        service
            .store()
            .studentByTokenHash(c.code(), Tokens.hash(studentToken))
            .orElseThrow(
                () ->
                    new ClassRefusedException(
                        NOT_A_STUDENT,
                        "X-Student-Token",
                        "This X-Student-Token is no student's of class "
                            + c.code()
                            + "; join the class again."));
    return service.seatOf(c, s);
  }
}
