package gradflow.persistence;

import java.nio.file.Path;
import java.util.List;

/** On the default H2 file database under gradflow.data-dir, a temporary folder here. */
class ClassesSurviveARestartOnH2Test extends ClassesSurviveARestartTest {

  @Override
  List<String> database(Path dir) {
    return PersistenceTestApp.h2FileArgs(dir);
  }
}
