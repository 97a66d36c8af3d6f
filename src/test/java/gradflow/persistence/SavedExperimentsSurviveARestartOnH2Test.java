package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default set-up of the main application.properties, an H2 file database under
 * gradflow.data-dir, with the directory a temporary one.
 */
class SavedExperimentsSurviveARestartOnH2Test extends SavedExperimentsSurviveARestartTest {

  @Override
  List<String> database(Path dir) {
    return PersistenceTestApp.h2FileArgs(dir);
  }

  @Override
  void assertKeptOutsideTheJvm(Path dir) {
    assertThat(dir.resolve("gradflow.mv.db")).exists();
  }

  @Test
  void theDefaultDatabaseIsAnH2FileUnderTheDataDirectory() {
    var main = PersistenceTestApp.mainProperties();

    assertThat(main.getProperty("gradflow.data-dir")).isEqualTo("./data");
    assertThat(main.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:h2:file:${gradflow.data-dir}/gradflow;WRITE_DELAY=0");
  }
}
