package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.SavedExperiment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A share link outlives the server that saved it: an experiment saved with its results, by a
 * persistence context that is then closed, loads in a new context on the same database exactly as
 * it was saved, so that its page replays the same run. A subclass per database names it.
 */
abstract class SavedExperimentsSurviveARestartTest {

  /**
   * The Spring arguments that put a context on this test's database; called once per test.
   *
   * @param dir a folder of the test's own
   */
  abstract List<String> database(Path dir);

  /** Checks that the save left the JVM: where it is kept depends on the database. */
  void assertKeptOutsideTheJvm(Path dir) {}

  @Test
  void anExperimentSavedBeforeARestartLoadsAfterIt(@TempDir Path dir) {
    List<String> database = database(dir);
    SavedExperiment saved;
    try (ConfigurableApplicationContext first = start(database)) {
      saved = first.getBean(ExperimentStore.class).save(Fixtures.SPEC, Fixtures.results(2), "a");
    }
    assertKeptOutsideTheJvm(dir);

    try (ConfigurableApplicationContext second = start(database)) {
      SavedExperiment loaded =
          second.getBean(ExperimentStore.class).find(saved.slug()).orElseThrow();

      assertThat(loaded).usingRecursiveComparison(Fixtures.NAN_EQUAL).isEqualTo(saved);
      assertThat(loaded.results().probes().getFirst().weightGrad()[1]).isNaN();
    }
  }

  private static ConfigurableApplicationContext start(List<String> database) {
    return new SpringApplicationBuilder(PersistenceTestApp.App.class)
        .web(WebApplicationType.NONE)
        .run(database.toArray(String[]::new));
  }
}
