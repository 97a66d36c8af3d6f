package gradflow.persistence;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same on PostgreSQL, configured as the README tells an instructor to (the datasource URL, user
 * and password), in a new database of the test run's own server, which Flyway migrates on the first
 * start and finds migrated on the second.
 */
@ExtendWith(PrivatePostgresExtension.class)
class SavedExperimentsSurviveARestartOnPostgresTest extends SavedExperimentsSurviveARestartTest {

  @Override
  List<String> database(Path dir) {
    PrivatePostgres server = PrivatePostgres.shared();
    return Arrays.asList(server.datasourceArgs(server.newDatabase()));
  }
}
