package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A share link that a student already sent must never die: a save is durable before it is
 * acknowledged. A child JVM saves in a burst and is killed with SIGKILL in the middle of it,
 * together with whatever holds the database; restarted on the same database, every slug it
 * acknowledged loads. A subclass per database says what it runs on and what dies with the child.
 */
abstract class AcknowledgedSavesSurviveAKillTest {

  /**
   * The Spring arguments that put a context on this test's database; called once per test.
   *
   * @param dir a folder of the test's own
   */
  abstract List<String> database(Path dir);

  /** The child that saves: by default it gets the database as command-line arguments. */
  ProcessBuilder child(List<String> database) {
    List<String> command = new ArrayList<>(SaveBurst.command());
    command.addAll(database);
    return new ProcessBuilder(command);
  }

  /** Kills the database too, where it lives outside the child, at the moment the child dies. */
  void killTheDatabase() throws IOException {}

  /** Brings the database back after {@link #killTheDatabase()}. */
  void restartTheDatabase() {}

  @Test
  void everySaveAcknowledgedBeforeAKillMinusNineLoadsAfterARestart(@TempDir Path dir)
      throws Exception {
    List<String> database = database(dir);
    var child = child(database).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> acknowledged = new ArrayList<>();
    try (var out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.equals("ready")) {
        line = out.readLine();
      }
      assertThat(line).as("the child started").isEqualTo("ready");
      // Read until the burst is well under way, so the kill lands in its middle, not at its
      // start: a count of saves rather than a time, which a loaded machine would stretch.
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acknowledged.size() < 40
          && System.nanoTime() < until
          && (line = out.readLine()) != null) {
        acknowledged.add(line);
      }
      killTheDatabase();
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
    // Back first, so that a failure below leaves the other tests a database.
    restartTheDatabase();
    assertThat(acknowledged).hasSizeGreaterThan(20);
    System.out.println(acknowledged.size() + " saves acknowledged before the kill");

    try (var restarted =
        new SpringApplicationBuilder(PersistenceTestApp.App.class)
            .web(WebApplicationType.NONE)
            .run(database.toArray(String[]::new))) {
      var store = restarted.getBean(ExperimentStore.class);
      var lost = acknowledged.stream().filter(slug -> store.find(slug).isEmpty()).toList();
      assertThat(lost).as("of %d acknowledged saves", acknowledged.size()).isEmpty();
    }
  }
}
