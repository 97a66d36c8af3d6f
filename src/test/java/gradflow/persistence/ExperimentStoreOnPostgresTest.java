package gradflow.persistence;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store on a real PostgreSQL server, the test run's own ({@link PrivatePostgres}), in a new
 * empty database: SQL that H2 accepts may still fail on PostgreSQL, and only a real server shows
 * it.
 */
@ExtendWith(PrivatePostgresExtension.class)
class ExperimentStoreOnPostgresTest extends ExperimentStoreTest {

  @DynamicPropertySource
  static void onPostgres(DynamicPropertyRegistry registry) {
    PrivatePostgres server = PrivatePostgres.shared();
    server.datasource(server.newDatabase()).forEach((key, value) -> registry.add(key, () -> value));
  }
}
