package gradflow.api;

import gradflow.engine.Probe;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.InvalidSpecException;
import gradflow.experiment.Run;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.SavedExperiment;
import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import gradflow.export.ExportFile;
import gradflow.export.ExportSource;
import gradflow.export.Exports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of an experiment (issue 12): its spec, probes, initial weights, step-0 batch and a
 * PyTorch script, for a saved experiment and for a live run alike. The files are streamed straight
 * into the response, because a large network's weights are megabytes of text that need not be held
 * twice; every refusal (unknown file, slug or run) is decided before the first byte.
 */
@RestController
class ExportController {
  private static final String FILES =
      "spec.json, probes.csv, probes.json, train.py, weights.json or batch.json";

  private final Specs specs;
  private final RunScheduler scheduler;
  private final ExperimentStore store;

  ExportController(Specs specs, RunScheduler scheduler, ExperimentStore store) {
    this.specs = specs;
    this.scheduler = scheduler;
    this.store = store;
  }

  @Operation(
      summary = "Download a saved experiment as a file: " + FILES,
      description =
          "spec.json: the canonical spec. probes.csv: step,layer,t,quantity,value, one row per"
              + " number of every recorded probe. probes.json: the probes as GET"
              + " /api/runs/{id}/probes. train.py: a PyTorch (1.13+) script that rebuilds and"
              + " trains the same stack and prints the heatmap's gradient norms. weights.json: the"
              + " initial weights (train.py --weights). batch.json: the batch of step 0"
              + " (train.py --batch-from). Saved without results, the probes are empty.",
      responses = {
        @ApiResponse(responseCode = "200", description = "the file, as an attachment"),
        @ApiResponse(
            responseCode = "404",
            description = "no saved experiment under that slug, or no such file",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
      })
  @GetMapping("/api/experiments/{slug}/export/{file}")
  void experiment(
      @PathVariable String slug,
      @Parameter(description = FILES) @PathVariable String file,
      HttpServletResponse response)
      throws IOException {
    ExportFile export = file(file);
    SavedExperiment saved =
        store.find(slug).orElseThrow(() -> new ApiExceptions.ExperimentNotFound(slug));
    SpecResult read = specs.read(saved.spec());
    if (!read.isValid()) {
      // Saved under limits an instructor has since lowered: nothing can be built from it here.
      throw new InvalidSpecException(read.errors());
    }
    List<Probe> probes = saved.results() == null ? List.of() : saved.results().probes();
    send(response, export, new ExportSource(slug, read.spec(), probes));
  }

  @Operation(
      summary = "Download a run, as it is now, as a file: " + FILES,
      description = "The same files as for a saved experiment; probes are those recorded so far.",
      responses = {
        @ApiResponse(responseCode = "200", description = "the file, as an attachment"),
        @ApiResponse(
            responseCode = "404",
            description = "no run with that id, or no such file",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
      })
  @GetMapping("/api/runs/{id}/export/{file}")
  void run(
      @PathVariable String id,
      @Parameter(description = FILES) @PathVariable String file,
      HttpServletResponse response)
      throws IOException {
    ExportFile export = file(file);
    Run run = scheduler.find(id).orElseThrow(() -> new ApiExceptions.RunNotFound("id", id));
    send(response, export, new ExportSource("run-" + shortId(id), run.spec(), run.probes()));
  }

  private void send(HttpServletResponse response, ExportFile file, ExportSource source)
      throws IOException {
    if (file == ExportFile.WEIGHTS || file == ExportFile.BATCH) {
      // These build a network or a batch of the spec's size: held to the run's memory budget.
      scheduler.checkRunnable(source.spec());
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(file.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=\"" + source.attachmentName(file) + "\"");
    try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16)) {
      Exports.write(file, source, out);
    }
  }

  private static ExportFile file(String name) {
    return ExportFile.fromFileName(name)
        .orElseThrow(
            () ->
                new ApiExceptions.ExportNotFound(
                    name, Arrays.stream(ExportFile.values()).map(ExportFile::fileName).toList()));
  }

  private static String shortId(String id) {
    return id.length() > 8 ? id.substring(0, 8) : id;
  }
}
