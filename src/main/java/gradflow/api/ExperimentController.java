package gradflow.api;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.RunStatus;
import gradflow.experiment.SavedExperiment;
import gradflow.experiment.SpecJson;
import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DESIGN.md's saved experiments: save a spec (with a run's results) under an unguessable slug, and
 * load it back. The body is the spec itself, exactly as for {@code POST /api/runs}, so that it is
 * read and refused the same way; the run is named by a query parameter.
 */
@RestController
@RequestMapping(path = "/api/experiments", produces = MediaType.APPLICATION_JSON_VALUE)
class ExperimentController {
  private final Specs specs;
  private final RunScheduler scheduler;
  private final ExperimentStore store;

  ExperimentController(Specs specs, RunScheduler scheduler, ExperimentStore store) {
    this.specs = specs;
    this.scheduler = scheduler;
    this.store = store;
  }

  @Operation(
      summary = "Save a spec, and with runId a run's results, under a new slug",
      description =
          "The body is an experiment spec (DESIGN.md), at most "
              + SpecJson.MAX_BYTES
              + " bytes of UTF-8 JSON, read and checked exactly as by POST /api/runs. With runId"
              + " the body may be left empty: the run's own spec is saved with its results (loss"
              + " curve, baseline, probes). A body sent with runId must be the spec the run"
              + " trained. The page of the saved experiment is at link.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = ExperimentSpec.class))),
      responses = {
        @ApiResponse(responseCode = "201", description = "saved; Location is its API address"),
        @ApiResponse(
            responseCode = "400",
            description = "the spec is invalid (errors[] names every field), or is not the run's",
            content = @Content(schema = @Schema(implementation = ApiError.class))),
        @ApiResponse(
            responseCode = "404",
            description = "no run with that runId",
            content = @Content(schema = @Schema(implementation = ApiError.class))),
        @ApiResponse(
            responseCode = "409",
            description = "the run has not ended as finished or diverged",
            content = @Content(schema = @Schema(implementation = ApiError.class))),
        @ApiResponse(
            responseCode = "413",
            description = "the body, or the run's results even thinned, is too large",
            content = @Content(schema = @Schema(implementation = ApiError.class))),
        @ApiResponse(
            responseCode = "429",
            description = "too many saves for now; see Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
      })
  @PostMapping
  ResponseEntity<ExperimentCreated> save(
      HttpServletRequest request,
      @Parameter(description = "a finished or diverged run whose results to keep")
          @RequestParam(name = "runId", required = false)
          String runId)
      throws IOException {
    byte[] body = Bodies.read(request, SpecJson.MAX_BYTES);
    ExperimentSpec spec = null;
    if (runId == null || !isBlank(body)) {
      SpecResult read = specs.read(body);
      if (!read.isValid()) {
        throw new InvalidSpecException(read.errors());
      }
      spec = read.spec();
      // The memory budget too, as for a run: a saved spec is one that others will open and run.
      scheduler.checkRunnable(spec);
    }
    if (runId != null) {
      Run run =
          scheduler.find(runId).orElseThrow(() -> new ApiExceptions.RunNotFound("runId", runId));
      if (spec != null && !specs.toJson(spec).equals(specs.toJson(run.spec()))) {
        throw new ApiExceptions.SpecMismatch(runId);
      }
      spec = run.spec();
      if (run.savedSlug().isEmpty()) {
        requireRecordable(run); // a run that has not ended (or was cancelled) gets its 409 here
      }
      var saved = store.saveRun(run, specs.toJson(spec), Clients.id(request));
      var created = new ExperimentCreated(saved.slug(), "/x/" + saved.slug(), specs.toLink(spec));
      var location = URI.create("/api/experiments/" + saved.slug());
      return saved.fresh()
          ? ResponseEntity.created(location).body(created)
          : ResponseEntity.ok().location(location).body(created);
    }
    SavedExperiment saved = store.save(specs.toJson(spec), null, Clients.id(request));
    return ResponseEntity.created(URI.create("/api/experiments/" + saved.slug()))
        .body(new ExperimentCreated(saved.slug(), saved.link(), specs.toLink(spec)));
  }

  @Operation(
      summary = "A saved experiment: its spec, and its run's results when saved with them",
      responses = {
        @ApiResponse(responseCode = "200", description = "the saved experiment"),
        @ApiResponse(
            responseCode = "404",
            description = "no saved experiment under that slug",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
      })
  @GetMapping("/{slug}")
  ExperimentView get(@PathVariable String slug) {
    SavedExperiment saved =
        store.find(slug).orElseThrow(() -> new ApiExceptions.ExperimentNotFound(slug));
    // Read against today's limits only for the link code; the stored text is answered as saved.
    ExperimentSpec spec = specs.read(saved.spec()).spec();
    return ExperimentView.of(saved, spec == null ? null : specs.toLink(spec));
  }

  private static void requireRecordable(Run run) {
    RunStatus status = run.status();
    if (!RecordedResults.recordable(status)) {
      throw new ApiExceptions.RunNotRecordable(
          "Run "
              + ApiExceptions.shorten(run.id())
              + " is "
              + status.id()
              + (status.isFinal()
                  ? "; only a finished or diverged run has results to save. Leave out runId to"
                      + " save the spec alone."
                  : "; save it with its results once it has ended, or leave out runId to save the"
                      + " spec alone."));
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
