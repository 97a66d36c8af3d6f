package gradflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compose files are read by Docker Compose and by Debian 12's podman-compose 1.0.3 (the
 * README's podman commands). podman-compose replaces only {@code ${X}}, {@code ${X:-default}} with
 * a non-empty default and {@code ${X:?message}}; anything else, such as {@code ${X:-}}, reaches the
 * container as written, and Spring then fails to start on a value that is itself a placeholder
 * ("Circular placeholder reference").
 */
class ComposeFilesTest {
  private static final Pattern ANY = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern UNDERSTOOD =
      Pattern.compile("\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?::?-[^}]+|:?\\?[^}]+)?}");

  @Test
  void everyVariableInTheComposeFilesIsOneThatPodmanComposeReplaces() throws IOException {
    List<String> misunderstood = new ArrayList<>();
    int seen = 0;
    for (Path file : composeFiles()) {
      for (String line : Files.readAllLines(file)) {
        if (line.strip().startsWith("#")) {
          continue;
        }
        var m = ANY.matcher(line);
        while (m.find()) {
          seen++;
          if (!UNDERSTOOD.matcher(m.group()).matches()) {
            misunderstood.add(file.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(seen).as("variables found in the compose files").isGreaterThanOrEqualTo(4);
    assertThat(misunderstood).isEmpty();
  }

  private static List<Path> composeFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("docker"))) {
      return files.filter(f -> f.getFileName().toString().matches("compose.*\\.ya?ml")).toList();
    }
  }
}
