package gradflow.classroom;

import java.time.Instant;

/**
 * A finished or diverged run of a student, as the gallery card and the sweep plot show it. The run
 * itself, with every probe, is a saved experiment at {@code /x/{slug}}.
 *
 * @param id the run's id
 * @param sweepPath the setting the class swept when the run started, or null
 * @param sweepValue the student's value of it, or null
 * @param finalLoss the last finite loss of the loss curve (of the probe when the run trained no
 *     step); null when there is none
 * @param baseline the task's chance-level loss
 * @param divergedAt the step at which it diverged, or null when it finished
 * @param gradientRatio how much of the gradient reaches the far end, from the last probe: for a
 *     task in time, hiddenGrad of the top layer at the first time step over the last time step; for
 *     the depth task, of the first layer over the last layer. Null when not finite
 * @param heatmap log10 of the last probe's hiddenGrad, at most 8 layers by 32 steps
 * @param hidden hidden from the students' gallery by the instructor
 */
public record ClassRun(
    String id,
    String code,
    String studentId,
    String nickname,
    String slug,
    String sweepPath,
    Double sweepValue,
    Double finalLoss,
    double baseline,
    Integer divergedAt,
    Double gradientRatio,
    Heatmap heatmap,
    boolean hidden,
    Instant createdAt) {

  public boolean diverged() {
    return divergedAt != null;
  }

  /** The page of the saved run. */
  public String link() {
    return "/x/" + slug;
  }

  ClassRun withHidden(boolean hide) {
    return new ClassRun(
        id,
        code,
        studentId,
        nickname,
        slug,
        sweepPath,
        sweepValue,
        finalLoss,
        baseline,
        divergedAt,
        gradientRatio,
        heatmap,
        hide,
        createdAt);
  }
}
