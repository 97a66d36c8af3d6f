package gradflow.classroom;

/**
 * The instructor's numbers for a class, and the server's, so that they see when the room is too big
 * for the machine. The outcomes per student (the sweep plot) are in the instructor's gallery.
 *
 * @param students students who joined
 * @param connected students whose page is open now (as the pages report it)
 * @param runsActive the class's runs taking turns now
 * @param runsQueued the class's runs waiting for a place
 * @param runsRefused the class's runs refused for lack of a place since the server started
 * @param runsKept runs in the gallery, hidden ones included
 * @param serverActive every run taking turns on the server, this class's and others'
 * @param serverQueued every run waiting on the server
 * @param serverHeadroom how many more runs the server takes before it refuses: free places to take
 *     turns plus free places in the queue
 */
public record Dashboard(
    String code,
    int students,
    int connected,
    int runsActive,
    int runsQueued,
    long runsRefused,
    int runsKept,
    int maxRuns,
    int serverActive,
    int serverQueued,
    int serverHeadroom) {}
