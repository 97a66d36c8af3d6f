package gradflow.api;

import static gradflow.classroom.ClassRefusedException.Reason.INVALID;

import gradflow.api.ClassViews.ClassView;
import gradflow.api.ClassViews.Hidden;
import gradflow.api.ClassViews.NewClass;
import gradflow.api.ClassViews.NewLocks;
import gradflow.api.ClassViews.NewStudent;
import gradflow.api.ClassViews.NewSweep;
import gradflow.api.ClassViews.NewTarget;
import gradflow.api.ClassViews.RunCard;
import gradflow.api.ClassViews.SeatView;
import gradflow.classroom.ClassRefusedException;
import gradflow.classroom.ClassService;
import gradflow.classroom.Classroom;
import gradflow.classroom.Dashboard;
import gradflow.classroom.Instructor;
import gradflow.classroom.Joined;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunStatus;
import gradflow.experiment.SpecJson;
import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Class mode over HTTP ({@link ClassService}): the instructor's endpoints take the instructor token
 * in {@code X-Instructor-Token}, a student's runs their token in {@code X-Student-Token}; reading a
 * class and its gallery needs only the code. Refusals are {@link ApiError}s naming the field or
 * header (see {@link ApiExceptionHandler}); a refused request changes nothing.
 */
@RestController
@RequestMapping(path = "/api/classes", produces = MediaType.APPLICATION_JSON_VALUE)
class ClassController {
  private static final String INSTRUCTOR = "X-Instructor-Token";
  private static final String STUDENT = "X-Student-Token";
  // The small bodies here (a title, a nickname, a list of paths) fit the spec's limit many times.
  private static final int MAX = SpecJson.MAX_BYTES;

  private final ClassService classes;
  private final Specs specs;
  private final RunScheduler scheduler;

  ClassController(ClassService classes, Specs specs, RunScheduler scheduler) {
    this.classes = classes;
    this.specs = specs;
    this.scheduler = scheduler;
  }

  @Operation(
      summary = "Create a class (instructor)",
      description =
          "Body {\"title\": \"Period 3\", \"start\": \"forget-gate\"}: a title of 1 to 80"
              + " characters without < or >, and a lesson id or a saved experiment's slug or"
              + " link. Answers the class with its 6-character join code.")
  @PostMapping
  ResponseEntity<ClassView> create(
      @RequestHeader(name = INSTRUCTOR, required = false) String token, HttpServletRequest request)
      throws IOException {
    Instructor teacher = classes.instructor(token);
    NewClass body = Bodies.readJson(request, MAX, NewClass.class, EXAMPLE_CLASS);
    Classroom c = teacher.create(body.title(), body.start());
    return ResponseEntity.created(URI.create("/api/classes/" + c.code())).body(ClassView.of(c));
  }

  @Operation(summary = "A class: title, target and its spec, version, locks, sweep, ended")
  @GetMapping("/{code}")
  ClassView get(@PathVariable String code) {
    return ClassView.of(classes.find(code));
  }

  @Operation(
      summary = "Join a class",
      description =
          "Body {\"nickname\": \"Ann\"}: 1 to 24 letters, digits, spaces, _ - or ., not taken in"
              + " the class. Answers the student's id, their secret studentToken (send it as"
              + " X-Student-Token), their sweep value and the spec they start from.")
  @PostMapping("/{code}/students")
  ResponseEntity<SeatView> join(@PathVariable String code, HttpServletRequest request)
      throws IOException {
    classes.find(code);
    NewStudent body = Bodies.readJson(request, MAX, NewStudent.class, "{\"nickname\": \"Ann\"}");
    Joined joined = classes.join(code, body.nickname());
    return ResponseEntity.status(201)
        .body(SeatView.of(joined.seat(), joined.studentToken(), specs));
  }

  @Operation(summary = "A student's seat now: their sweep value and the spec they start from")
  @GetMapping("/{code}/seat")
  SeatView seat(
      @PathVariable String code, @RequestHeader(name = STUDENT, required = false) String token) {
    return SeatView.of(classes.seat(code, token), null, specs);
  }

  @Operation(
      summary = "Move the class to another lesson or saved experiment (instructor)",
      description = "Body {\"start\": \"deep-skips\"}. The locks stay; the sweep stays if it fits.")
  @PutMapping("/{code}/target")
  ClassView move(
      @PathVariable String code,
      @RequestHeader(name = INSTRUCTOR, required = false) String token,
      HttpServletRequest request)
      throws IOException {
    Instructor teacher = classes.instructor(token);
    NewTarget body = Bodies.readJson(request, MAX, NewTarget.class, "{\"start\": \"deep-skips\"}");
    return ClassView.of(teacher.moveTo(code, body.start()));
  }

  @Operation(
      summary = "Lock settings (instructor)",
      description =
          "Body {\"locks\": [\"layers[].cell\", \"init\"]}: settings table paths students may not"
              + " change (an object or the layers list locks everything in it); [] unlocks all.")
  @PutMapping("/{code}/locks")
  ClassView lock(
      @PathVariable String code,
      @RequestHeader(name = INSTRUCTOR, required = false) String token,
      HttpServletRequest request)
      throws IOException {
    Instructor teacher = classes.instructor(token);
    NewLocks body =
        Bodies.readJson(request, MAX, NewLocks.class, "{\"locks\": [\"layers[].cell\"]}");
    return ClassView.of(teacher.lock(code, body.locks() == null ? List.of() : body.locks()));
  }

  @Operation(
      summary = "Make the class a sweep (instructor)",
      description =
          "Body {\"path\": \"init.spectralRadius\", \"from\": 0.5, \"to\": 1.5, \"count\": 11}:"
              + " one numeric setting of the table (or \"layers\" for the number of layers),"
              + " within its limits, 2 to 200 values spaced evenly (whole numbers rounded, without"
              + " repeats). Each student, in the order they joined, gets the next value.")
  @PutMapping("/{code}/sweep")
  ClassView sweep(
      @PathVariable String code,
      @RequestHeader(name = INSTRUCTOR, required = false) String token,
      HttpServletRequest request)
      throws IOException {
    Instructor teacher = classes.instructor(token);
    NewSweep body = Bodies.readJson(request, MAX, NewSweep.class, EXAMPLE_SWEEP);
    return ClassView.of(
        teacher.sweep(
            code,
            body.path(),
            required(body.from(), "from"),
            required(body.to(), "to"),
            required(body.count(), "count")));
  }

  @Operation(summary = "End the sweep (instructor)")
  @DeleteMapping("/{code}/sweep")
  ClassView clearSweep(
      @PathVariable String code, @RequestHeader(name = INSTRUCTOR, required = false) String token) {
    return ClassView.of(classes.instructor(token).clearSweep(code));
  }

  @Operation(
      summary = "Start a student's run",
      description =
          "The body is the student's spec, read as by POST /api/runs; with X-Student-Token. A"
              + " spec that changes a locked setting is refused 403 naming the field. The run is"
              + " watched and cancelled at /api/runs/{id}; once it has finished or diverged it"
              + " joins the class's gallery.")
  @PostMapping("/{code}/runs")
  ResponseEntity<RunCreated> run(
      @PathVariable String code,
      @Parameter(description = "the studentToken joining answered")
          @RequestHeader(name = STUDENT, required = false)
          String token,
      HttpServletRequest request)
      throws IOException {
    classes.seat(code, token);
    SpecResult read = specs.read(Bodies.read(request, SpecJson.MAX_BYTES));
    if (!read.isValid()) {
      throw new InvalidSpecException(read.errors());
    }
    Run run =
        classes.startRun(code, token, read.spec(), Clients.id(request), request.getRemoteAddr());
    int position = scheduler.queuePosition(run);
    String status = position > 0 ? RunStatus.QUEUED.id() : RunStatus.RUNNING.id();
    return ResponseEntity.created(URI.create("/api/runs/" + run.id()))
        .body(new RunCreated(run.id(), status, position, run.cancelToken(), read.warnings()));
  }

  @Operation(
      summary = "The class's gallery, oldest first",
      description = "Runs the instructor hid are left out, unless X-Instructor-Token is sent.")
  @GetMapping("/{code}/gallery")
  List<RunCard> gallery(
      @PathVariable String code, @RequestHeader(name = INSTRUCTOR, required = false) String token) {
    var runs = token == null ? classes.gallery(code) : classes.instructor(token).gallery(code);
    return runs.stream().map(RunCard::of).toList();
  }

  @Operation(
      summary = "Hide a run from the students' gallery, or show it again (instructor)",
      description = "Body {\"hidden\": true}.")
  @PutMapping("/{code}/runs/{id}/hidden")
  RunCard hide(
      @PathVariable String code,
      @PathVariable String id,
      @RequestHeader(name = INSTRUCTOR, required = false) String token,
      HttpServletRequest request)
      throws IOException {
    Instructor teacher = classes.instructor(token);
    Hidden body = Bodies.readJson(request, MAX, Hidden.class, "{\"hidden\": true}");
    return RunCard.of(teacher.hide(code, id, required(body.hidden(), "hidden")));
  }

  @Operation(
      summary = "End the class (instructor)",
      description =
          "Students can no longer join, run or be moved; the class and its gallery stay readable"
              + " until the class expires.")
  @DeleteMapping("/{code}")
  ClassView end(
      @PathVariable String code, @RequestHeader(name = INSTRUCTOR, required = false) String token) {
    return ClassView.of(classes.instructor(token).end(code));
  }

  @Operation(
      summary = "The class's numbers and the server's headroom (instructor)",
      description =
          "Students joined and connected, the class's runs active, queued and refused for lack"
              + " of a place, runs kept, and the server's runs and remaining places.")
  @GetMapping("/{code}/dashboard")
  Dashboard dashboard(
      @PathVariable String code, @RequestHeader(name = INSTRUCTOR, required = false) String token) {
    return classes.instructor(token).dashboard(code);
  }

  private static final String EXAMPLE_CLASS =
      "{\"title\": \"Period 3\", \"start\": \"forget-gate\"}";
  private static final String EXAMPLE_SWEEP =
      "{\"path\": \"init.spectralRadius\", \"from\": 0.5, \"to\": 1.5, \"count\": 11}";

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new ClassRefusedException(INVALID, field, field + " is missing.");
    }
    return value;
  }
}
