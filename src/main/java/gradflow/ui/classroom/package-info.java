/**
 * The pages of class mode, on top of {@link gradflow.classroom.ClassService}: {@code /teach} where
 * the instructor signs in and creates a class, {@code /teach/{code}} where they lead it (move,
 * lock, sweep, numbers, the sweep plot, the gallery, end), and {@code /c/{code}} where a student
 * joins with a nickname and trains the class's lesson with the locked controls shown fixed. Pages
 * follow the class by server push ({@link gradflow.classroom.ClassEvents}); tokens stay in the
 * Vaadin session, never in an address.
 */
package gradflow.ui.classroom;
