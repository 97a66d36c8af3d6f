package gradflow.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The persistence package alone, as the app configures it: datasource, Flyway and Spring Data JDBC
 * from the same properties, without the web app, Vaadin or the scheduler. Tests name it with {@code
 * classes}; nested, so that no component scan picks it up.
 */
final class PersistenceTestApp {
  private PersistenceTestApp() {}

  /**
   * The arguments that put a context on the main application.properties' default database, an H2
   * file under the folder. The tests' config/application.properties swaps in a memory database;
   * command-line arguments win over it.
   */
  static List<String> h2FileArgs(Path dir) {
    Properties main = mainProperties();
    return List.of(
        "--gradflow.data-dir=" + dir,
        "--spring.datasource.url=" + main.getProperty("spring.datasource.url"));
  }

  /** The main application.properties, which the tests' own override. */
  static Properties mainProperties() {
    Properties p = new Properties();
    try (InputStream in = PersistenceTestApp.class.getResourceAsStream("/application.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @AutoConfigurationPackage
  @ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class,
    FlywayAutoConfiguration.class,
    DataJdbcRepositoriesAutoConfiguration.class
  })
  @Import(PersistenceConfiguration.class)
  static class App {}
}
