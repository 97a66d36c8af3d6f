package gradflow.persistence;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same on PostgreSQL, in a new database of the test run's own server. */
@ExtendWith(PrivatePostgresExtension.class)
class ClassesSurviveARestartOnPostgresTest extends ClassesSurviveARestartTest {

  @Override
  List<String> database(Path dir) {
    PrivatePostgres server = PrivatePostgres.shared();
    return Arrays.asList(server.datasourceArgs(server.newDatabase()));
  }
}
