package gradflow.persistence;

import java.nio.file.Path;
import java.util.List;

/**
 * On the default embedded database, H2 in a file, which dies with the JVM that holds it: the save
 * must be in the file before it is acknowledged (WRITE_DELAY=0 in application.properties).
 */
class AcknowledgedSavesSurviveAKillOnH2Test extends AcknowledgedSavesSurviveAKillTest {

  @Override
  List<String> database(Path dir) {
    return PersistenceTestApp.h2FileArgs(dir);
  }
}
