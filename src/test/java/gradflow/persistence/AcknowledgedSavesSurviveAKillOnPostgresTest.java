package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the saving JVM is not where the data lives, so killing it alone proves little: here
 * every process of the PostgreSQL server is killed with SIGKILL at the same moment, and the server
 * must recover each acknowledged save from its write-ahead log. It does so because a commit returns
 * only once its WAL is flushed (synchronous_commit, fsync: PostgreSQL's defaults, which the test's
 * server keeps). The server is one of this class's own, so the crash disturbs no other test. The
 * saving child is configured by environment variables, as the README tells instructors.
 */
@ExtendWith(PrivatePostgresExtension.class)
class AcknowledgedSavesSurviveAKillOnPostgresTest extends AcknowledgedSavesSurviveAKillTest {
  private static PrivatePostgres server;
  private String url;

  @BeforeAll
  static void startAServerToCrash() {
    server = PrivatePostgres.startAnother("crash");
  }

  @AfterAll
  static void stopIt() {
    server.stop();
  }

  @Override
  List<String> database(Path dir) {
    url = server.newDatabase();
    return Arrays.asList(server.datasourceArgs(url));
  }

  @Override
  ProcessBuilder child(List<String> database) {
    var child = new ProcessBuilder(SaveBurst.command());
    server
        .datasource(url)
        .forEach(
            (key, value) ->
                child.environment().put(key.replace('.', '_').toUpperCase(Locale.ROOT), value));
    return child;
  }

  @Override
  void killTheDatabase() throws IOException {
    server.crash();
  }

  @Override
  void restartTheDatabase() {
    server.start();
    // Proof that it was a crash, not a shutdown: the server had to replay its log.
    assertThat(server.logText()).contains("automatic recovery in progress");
  }

  @Test
  void theServerKeepsPostgresqlsDurableDefaults() throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                server.newDatabase(), PrivatePostgres.USER, server.password());
        var statement = connection.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (var result = statement.executeQuery("SHOW " + setting)) {
          result.next();
          assertThat(result.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }
}
