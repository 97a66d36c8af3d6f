package gradflow.classroom;

/**
 * Where a class is: a lesson of the catalogue or a saved experiment, and the spec it resolved to
 * when the instructor chose it (a lesson's file may change with an update; the class keeps what it
 * started from).
 *
 * @param kind a lesson or a saved experiment
 * @param id the lesson id ({@code "forget-gate"}) or the experiment's slug
 * @param spec the spec's canonical JSON ({@code Specs.toJson})
 */
public record Target(Kind kind, String id, String spec) {

  /** What a target names. */
  public enum Kind {
    LESSON,
    EXPERIMENT;

    /** The lower-case name the REST API uses. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
