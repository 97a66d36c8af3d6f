package gradflow.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import gradflow.classroom.ClassRun;
import gradflow.classroom.Classroom;
import gradflow.classroom.Seat;
import gradflow.classroom.Sweep;
import gradflow.experiment.Specs;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The JSON of the class endpoints: what they answer and what they read. */
final class ClassViews {
  private ClassViews() {}

  /**
   * A class as anyone with its code sees it.
   *
   * @param link the student page, {@code /c/{code}}
   * @param version raised by every change the pages follow (moved, locks, sweep, ended)
   * @param locks the settings table paths students may not change
   * @param sweep the sweep, or null
   */
  record ClassView(
      String code,
      String title,
      String link,
      int version,
      TargetView target,
      List<String> locks,
      SweepView sweep,
      boolean ended,
      Instant createdAt,
      Instant endedAt,
      Instant expiresAt) {

    static ClassView of(Classroom c) {
      return new ClassView(
          c.code(),
          c.title(),
          "/c/" + c.code(),
          c.version(),
          new TargetView(c.target().kind().id(), c.target().id(), c.target().spec()),
          c.locks(),
          SweepView.of(c.sweep()),
          c.ended(),
          c.createdAt(),
          c.endedAt(),
          c.expiresAt());
    }
  }

  /**
   * Where the class is.
   *
   * @param kind lesson or experiment
   * @param id the lesson id or the saved experiment's slug
   * @param spec the spec the class starts from
   */
  record TargetView(
      @Schema(allowableValues = {"lesson", "experiment"}) String kind,
      String id,
      @JsonRawValue @Schema(type = "object") String spec) {}

  /** A sweep: the setting, the range asked for and the values in assignment order. */
  record SweepView(String path, double from, double to, int count, List<Double> values) {
    static SweepView of(Sweep s) {
      return s == null ? null : new SweepView(s.path(), s.from(), s.to(), s.count(), s.values());
    }
  }

  /**
   * A student's seat.
   *
   * @param studentToken the student's secret, answered once when they join: send it as {@code
   *     X-Student-Token} with their runs; absent otherwise
   * @param sweepValue the student's value of the class's sweep, or null
   * @param spec the spec the student starts from: the class's, with their sweep value set
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SeatView(
      String studentId,
      String studentToken,
      String nickname,
      int seat,
      int version,
      String sweepPath,
      Double sweepValue,
      @JsonRawValue @Schema(type = "object") String spec) {

    static SeatView of(Seat seat, String token, Specs specs) {
      Sweep sweep = seat.classroom().sweep();
      return new SeatView(
          seat.student().id(),
          token,
          seat.student().nickname(),
          seat.student().seat(),
          seat.classroom().version(),
          sweep == null ? null : sweep.path(),
          seat.student().sweepValue(),
          specs.toJson(seat.spec()));
    }
  }

  /**
   * A gallery card.
   *
   * @param link the saved run's page
   * @param heatmap log10 of the last probe's hiddenGrad, at most 8 layers by 32 steps: {@code
   *     {"layers": [1-based layer per row], "steps": [1-based first step per column], "log10":
   *     [[…]]}}, with "NaN", "Infinity" and "-Infinity" (a gradient of 0) as strings
   */
  record RunCard(
      String id,
      String studentId,
      String nickname,
      String slug,
      String link,
      String sweepPath,
      Double sweepValue,
      Double finalLoss,
      double baseline,
      boolean diverged,
      Integer divergedAt,
      Double gradientRatio,
      @JsonRawValue @Schema(type = "object") String heatmap,
      boolean hidden,
      Instant createdAt) {

    static RunCard of(ClassRun r) {
      return new RunCard(
          r.id(),
          r.studentId(),
          r.nickname(),
          r.slug(),
          r.link(),
          r.sweepPath(),
          r.sweepValue(),
          r.finalLoss(),
          r.baseline(),
          r.diverged(),
          r.divergedAt(),
          r.gradientRatio(),
          r.heatmap().toJson(),
          r.hidden(),
          r.createdAt());
    }
  }

  /** POST /api/classes. @param start a lesson id, or a saved experiment's slug or link */
  record NewClass(String title, String start) {}

  /** PUT /api/classes/{code}/target. */
  record NewTarget(String start) {}

  /** PUT /api/classes/{code}/locks: the paths to lock; every other is unlocked. */
  record NewLocks(List<String> locks) {}

  /** PUT /api/classes/{code}/sweep. */
  record NewSweep(String path, Double from, Double to, Integer count) {}

  /** POST /api/classes/{code}/students. */
  record NewStudent(String nickname) {}

  /** PUT /api/classes/{code}/runs/{id}/hidden. */
  record Hidden(Boolean hidden) {}
}
