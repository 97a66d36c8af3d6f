package gradflow.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code train.py}: the PyTorch script of an experiment. The Python lives in a resource, {@code
 * gradflow/export/train.py}, so that it can be read, linted and run as Python; this class only
 * fills in the experiment (its title, spec and {@link ScriptConfig}). The spec goes in as indented
 * JSON in a Python string, so that a student reads the experiment at the top of the script.
 */
final class TorchScript {
  static final String TEMPLATE = "/gradflow/export/train.py";

  private TorchScript() {}

  static String of(ExportSource source) {
    String config =
        Exports.JSON
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(ScriptConfig.of(source.spec()));
    return template()
        .replace("@TITLE@", "GradFlow experiment " + source.name())
        .replace("@SPEC@", pythonText(SpecText.pretty(source.spec()).strip()))
        .replace("@CONFIG@", pythonText(config));
  }

  /**
   * The JSON as the body of a Python triple-quoted string. Spec JSON holds names and numbers only,
   * so it has neither a backslash nor three quotes in a row; refusing them keeps it that way.
   */
  private static String pythonText(String json) {
    if (json.contains("\\") || json.contains("\"\"\"")) {
      throw new IllegalStateException("JSON that a Python string literal would change: " + json);
    }
    return json;
  }

  private static String template() {
    try (InputStream in = TorchScript.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
