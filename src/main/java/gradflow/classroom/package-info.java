/**
 * Class mode: an instructor leads a room of browsers through lessons. {@link
 * gradflow.classroom.ClassService} is the entry point for the class pages and the REST API: a class
 * ({@link gradflow.classroom.Classroom}) has a join code without look-alikes, a title and a target
 * (a lesson of {@link gradflow.experiment.Lessons} or a saved experiment), settings locked by table
 * path, and perhaps a {@link gradflow.classroom.Sweep} that gives each joining student the next
 * value of one setting. Students join under a nickname and get a secret token; their runs are
 * checked against the locks, trained by the {@link gradflow.experiment.RunScheduler}, and when they
 * finish or diverge saved as experiments and kept as {@link gradflow.classroom.ClassRun}s for the
 * gallery. The holder of the instructor token ({@code GRADFLOW_INSTRUCTOR_TOKEN}; blank turns class
 * mode off) acts through an {@link gradflow.classroom.Instructor}. {@link
 * gradflow.classroom.ClassEvents} pushes every change to the pages that follow the class.
 *
 * <p>{@link gradflow.classroom.ClassStore} keeps classes, students and runs; the persistence
 * package implements it. Classes expire after {@code gradflow.class.expiry-days}.
 *
 * <p>Depends on {@code experiment}, {@code task} and {@code engine}; the persistence, API and UI
 * packages use it, and it knows none of them.
 */
package gradflow.classroom;
