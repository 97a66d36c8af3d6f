package gradflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one export file, streaming, so that a large network's weights need not be held as text.
 * Every file is UTF-8; the stream is flushed, not closed, so that the caller (a servlet response, a
 * test's buffer) decides.
 */
public final class Exports {
  /** Shared by the JSON exports: Jackson's defaults (NaN as "NaN", as the REST API writes it). */
  static final JsonMapper JSON =
      JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Exports() {}

  /**
   * Writes {@code file} of the source to {@code out}.
   *
   * @throws IllegalArgumentException if the engine refuses the spec (validate it first)
   */
  public static void write(ExportFile file, ExportSource source, OutputStream out)
      throws IOException {
    switch (file) {
      case SPEC -> text(out, SpecText.pretty(source.spec()));
      case PROBES_CSV -> {
        Writer w = writer(out);
        ProbesCsv.write(source.probes(), w);
        w.flush();
      }
      case PROBES_JSON -> JSON.writeValue(out, ProbeJson.of(source.probes()));
      case TRAIN_PY -> text(out, TorchScript.of(source));
      case WEIGHTS -> JSON.writeValue(out, WeightsJson.of(source.spec()));
      case BATCH -> JSON.writeValue(out, BatchJson.of(source.spec(), 0));
    }
    out.flush();
  }

  /** The file as text, for callers that want a string (tests, a UI download of a small file). */
  public static String text(ExportFile file, ExportSource source) {
    var buffer = new java.io.ByteArrayOutputStream();
    try {
      write(file, source, buffer);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void text(OutputStream out, String text) throws IOException {
    Writer w = writer(out);
    w.write(text);
    w.flush();
  }

  private static Writer writer(OutputStream out) {
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }
}
