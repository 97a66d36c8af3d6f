package gradflow.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code saved_experiment} (see V1__saved_experiments.sql). */
@Table("saved_experiment")
record ExperimentRow(@Id String slug, Instant createdAt, String spec, String results) {}
