package gradflow.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * One row of {@code saved_experiment} (see V1__saved_experiments.sql). The table name comes from
 * {@link PersistenceConfiguration#namingStrategy()}, not from {@code @Table}: Spring Data JDBC
 * quotes a name given there as written, which H2 (upper case) and PostgreSQL (lower case) cannot
 * both match.
 */
record ExperimentRow(@Id String slug, Instant createdAt, String spec, String results) {}
