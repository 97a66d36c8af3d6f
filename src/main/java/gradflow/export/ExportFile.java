package gradflow.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files an experiment exports, by the name a download gets and the URL asks for ({@code
 * .../export/train.py}). The names are part of the REST API, so they never change meaning.
 */
public enum ExportFile {
  /** The canonical spec JSON, as a share link holds it. */
  SPEC("spec.json", "application/json"),
  /** Long format: {@code step,layer,t,quantity,value}, one row per number of every probe. */
  PROBES_CSV("probes.csv", "text/csv; charset=utf-8"),
  /** The probes as {@code GET /api/runs/{id}/probes} answers them. */
  PROBES_JSON("probes.json", "application/json"),
  /** The PyTorch script that rebuilds and trains the experiment. */
  TRAIN_PY("train.py", "text/x-python; charset=utf-8"),
  /** The initial weights of a freshly built network, which {@code train.py --weights} loads. */
  WEIGHTS("weights.json", "application/json"),
  /** The batch of step 0, which {@code train.py --batch-from} trains on. */
  BATCH("batch.json", "application/json");

  private final String fileName;
  private final String contentType;

  ExportFile(String fileName, String contentType) {
    this.fileName = fileName;
    this.contentType = contentType;
  }

  public String fileName() {
    return fileName;
  }

  /** The HTTP Content-Type of the file. */
  public String contentType() {
    return contentType;
  }

  public static Optional<ExportFile> fromFileName(String name) {
    return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
  }
}
