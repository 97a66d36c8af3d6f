package gradflow.api;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunSnapshot;
import gradflow.experiment.RunStatus;
import gradflow.experiment.SpecJson;
import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import gradflow.export.ProbeJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DESIGN.md's run endpoints: start, watch and cancel training runs. */
@RestController
@RequestMapping(path = "/api/runs", produces = MediaType.APPLICATION_JSON_VALUE)
class RunController {
  private final Specs specs;
  private final RunScheduler scheduler;

  RunController(Specs specs, RunScheduler scheduler) {
    this.specs = specs;
    this.scheduler = scheduler;
  }

  @Operation(
      summary = "Start a run of a spec",
      description =
          "The body is an experiment spec (DESIGN.md), at most "
              + SpecJson.MAX_BYTES
              + " bytes of UTF-8 JSON. Left-out settings take their defaults.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = ExperimentSpec.class))),
      responses = {
        @ApiResponse(responseCode = "201", description = "queued or running"),
        @ApiResponse(
            responseCode = "400",
            description = "the spec is invalid; errors[] names every field",
            content = @Content(schema = @Schema(implementation = ApiError.class))),
        @ApiResponse(
            responseCode = "413",
            description = "the body is too large",
            content = @Content(schema = @Schema(implementation = ApiError.class))),
        @ApiResponse(
            responseCode = "429",
            description = "no place now; see Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
      })
  @PostMapping
  ResponseEntity<RunCreated> submit(HttpServletRequest request) throws IOException {
    SpecResult read = specs.read(Bodies.read(request, SpecJson.MAX_BYTES));
    if (!read.isValid()) {
      throw new InvalidSpecException(read.errors());
    }
    Run run =
        scheduler.submitFrom(read.spec(), Clients.id(request), request.getRemoteAddr(), false);
    // As DESIGN.md promises, queued or running, even when a tiny run has already ended: its
    // GET tells how it ended.
    int position = scheduler.queuePosition(run);
    String status = position > 0 ? RunStatus.QUEUED.id() : RunStatus.RUNNING.id();
    return ResponseEntity.created(URI.create("/api/runs/" + run.id()))
        .body(new RunCreated(run.id(), status, position, run.cancelToken(), read.warnings()));
  }

  @Operation(
      summary = "A run: status, spec, step reached, loss curve, baseline, latest probe",
      description =
          "Readable by whoever has its id (an unguessable UUID), like a shared link; only its"
              + " creator can cancel it.")
  @GetMapping("/{id}")
  RunView get(@PathVariable String id) {
    Run run = find(id);
    return RunView.of(run.snapshot(), specs.toJson(run.spec()));
  }

  @Operation(
      summary = "Every probe so far, in step order",
      description =
          "Evenly thinned past a configured number. With from, only the probes at that step or"
              + " later (for polling).")
  @GetMapping("/{id}/probes")
  List<ProbeJson> probes(
      @PathVariable String id, @RequestParam(name = "from", defaultValue = "0") int from) {
    return find(id).probes().stream().filter(p -> p.step() >= from).map(ProbeJson::of).toList();
  }

  @Operation(
      summary = "Cancel a run",
      description =
          "Only with the cancelToken that creating the run answered, in the X-Run-Token header:"
              + " without it, or with another, the answer is the 404 of a run that does not exist,"
              + " so nobody learns which ids are real. 200 when the run has ended (now or before);"
              + " 202 when it stops before its next step.")
  @DeleteMapping("/{id}")
  ResponseEntity<RunCancelled> cancel(
      @PathVariable String id,
      @Parameter(description = "the cancelToken from POST /api/runs")
          @RequestHeader(name = "X-Run-Token", required = false)
          String token) {
    Run run = find(id);
    if (!run.acceptsCancelToken(token)) {
      throw new ApiExceptions.RunNotFound("id", id);
    }
    run.cancel();
    RunSnapshot s = run.snapshot();
    return ResponseEntity.status(s.status().isFinal() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .body(new RunCancelled(run.id(), s.status().id(), s.message()));
  }

  private Run find(String id) {
    return scheduler.find(id).orElseThrow(() -> new ApiExceptions.RunNotFound("id", id));
  }
}
