package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.SavedExperiment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default set-up of the main application.properties, an H2 file database under
 * gradflow.data-dir, with the directory a temporary one.
 */
class SavedExperimentsSurviveARestartTest {

  @Test
  void theDefaultDatabaseIsAnH2FileUnderTheDataDirectory() throws IOException {
    Properties main = mainProperties();

    assertThat(main.getProperty("gradflow.data-dir")).isEqualTo("./data");
    assertThat(main.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:h2:file:${gradflow.data-dir}/gradflow;WRITE_DELAY=0");
  }

  @Test
  void anExperimentSavedBeforeARestartLoadsAfterIt(@TempDir Path dir) throws IOException {
    SavedExperiment saved;
    try (ConfigurableApplicationContext first = start(dir)) {
      saved = first.getBean(ExperimentStore.class).save(Fixtures.SPEC, Fixtures.results(2), "a");
    }
    assertThat(dir.resolve("gradflow.mv.db")).exists();

    try (ConfigurableApplicationContext second = start(dir)) {
      SavedExperiment loaded =
          second.getBean(ExperimentStore.class).find(saved.slug()).orElseThrow();

      assertThat(loaded).usingRecursiveComparison(Fixtures.NAN_EQUAL).isEqualTo(saved);
    }
  }

  /**
   * The tests' config/application.properties swaps in a memory database; the main file's URL is
   * given back here, as a command-line argument so that it wins.
   */
  private static ConfigurableApplicationContext start(Path dir) throws IOException {
    return new SpringApplicationBuilder(PersistenceTestApp.App.class)
        .web(WebApplicationType.NONE)
        .run(
            "--gradflow.data-dir=" + dir,
            "--spring.datasource.url=" + mainProperties().getProperty("spring.datasource.url"));
  }

  private static Properties mainProperties() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        SavedExperimentsSurviveARestartTest.class.getResourceAsStream("/application.properties")) {
      p.load(in);
    }
    return p;
  }
}
