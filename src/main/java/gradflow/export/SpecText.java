package gradflow.export;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.SpecJson;

/**
 * The canonical spec JSON, indented for a reader: the same fields and order as a share link's, so
 * that it reads back as the same spec.
 */
final class SpecText {
  private SpecText() {}

  static String pretty(ExperimentSpec spec) {
    return Exports.JSON
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(Exports.JSON.readTree(SpecJson.write(spec)))
        + "\n";
  }
}
