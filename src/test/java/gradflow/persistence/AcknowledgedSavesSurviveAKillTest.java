package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A share link that a student already sent must never die: a save is on disk before it is
 * acknowledged. A child JVM saves in a burst on the default embedded database and is killed with
 * SIGKILL in the middle of it; restarted on the same folder, every slug it acknowledged loads.
 */
class AcknowledgedSavesSurviveAKillTest {

  @Test
  void everySaveAcknowledgedBeforeAKillMinusNineLoadsAfterARestart(@TempDir Path dir)
      throws Exception {
    String url = mainProperties().getProperty("spring.datasource.url");
    var child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SaveBurst.class.getName(),
                dir.toString(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> acknowledged = new ArrayList<>();
    try (var out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.equals("ready")) {
        line = out.readLine();
      }
      assertThat(line).as("the child started").isEqualTo("ready");
      // Read for a while, so the kill lands in the middle of the burst, not at its start.
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (System.nanoTime() < until && (line = out.readLine()) != null) {
        acknowledged.add(line);
      }
      // SIGKILL: no shutdown hook, no close, no flush. (Process.destroyForcibly would also close
      // the pipe, and with it the slugs printed just before the kill.)
      child.toHandle().destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      // Whatever it printed before it died was acknowledged too.
      while ((line = out.readLine()) != null) {
        if (line.length() == Slugs.LENGTH) {
          acknowledged.add(line);
        }
      }
    }
    assertThat(acknowledged).hasSizeGreaterThan(20);
    System.out.println(acknowledged.size() + " saves acknowledged before the kill");

    try (var restarted =
        new SpringApplicationBuilder(PersistenceTestApp.App.class)
            .web(WebApplicationType.NONE)
            .run("--gradflow.data-dir=" + dir, "--spring.datasource.url=" + url)) {
      var store = restarted.getBean(ExperimentStore.class);
      var lost = acknowledged.stream().filter(slug -> store.find(slug).isEmpty()).toList();
      assertThat(lost).as("of %d acknowledged saves", acknowledged.size()).isEmpty();
    }
  }

  private static Properties mainProperties() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        AcknowledgedSavesSurviveAKillTest.class.getResourceAsStream("/application.properties")) {
      p.load(in);
    }
    return p;
  }
}
