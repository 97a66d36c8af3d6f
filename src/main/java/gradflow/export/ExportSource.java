package gradflow.export;

import gradflow.engine.Probe;
import gradflow.experiment.ExperimentSpec;
import java.util.List;

/**
 * What an export is made from: a valid spec (as a run reads it, defaults filled in) and the probes
 * recorded so far (empty when a spec was saved alone).
 *
 * @param name names the downloads ({@code gradflow-<name>-train.py}) and the script's title: a
 *     saved experiment's slug or {@code run-<id>}; characters that do not belong in a file name
 *     become '-'
 */
public record ExportSource(String name, ExperimentSpec spec, List<Probe> probes) {

  public ExportSource {
    name = name.replaceAll("[^A-Za-z0-9._-]", "-");
    probes = List.copyOf(probes);
  }

  /** The file name a download of {@code file} gets, safe to quote in Content-Disposition. */
  public String attachmentName(ExportFile file) {
    return "gradflow-" + name + "-" + file.fileName();
  }
}
