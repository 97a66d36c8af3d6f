package gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Python 3 with Debian's PyTorch (python3-torch, which bin/test installs), the interpreter
 * the exported script is checked with: the system one, so that the check does not depend on
 * whatever python is first on PATH.
 */
final class Python {
  static final String PYTHON = "/usr/bin/python3";
  private static Boolean hasTorch;

  private Python() {}

  /** Whether /usr/bin/python3 can import torch; asked once per JVM. */
  static synchronized boolean hasTorch() {
    if (hasTorch == null) {
      try {
        Process p =
            new ProcessBuilder(PYTHON, "-c", "import torch")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        hasTorch = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        hasTorch = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        hasTorch = false;
      }
    }
    return hasTorch;
  }

  /** Runs the script in {@code dir}; returns its standard output's lines, failing on exit != 0. */
  static List<String> run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PYTHON));
    command.addAll(List.of(args));
    Path err = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
    // Read before waiting: a full pipe would block the script.
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = p.waitFor(300, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String stderr = java.nio.file.Files.readString(err);
    assertThat(ended).as("python %s ended within 300 s; stderr:%n%s", args, stderr).isTrue();
    assertThat(p.exitValue()).as("python %s exit code; stderr:%n%s", args, stderr).isZero();
    return out.lines().toList();
  }
}
