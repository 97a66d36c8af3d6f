package gradflow.classroom;

/**
 * What joining a class answers: the student's seat and their secret token, which their page keeps
 * and sends with their later calls. The token is shown this once; only its hash is stored.
 */
public record Joined(Seat seat, String studentToken) {}
