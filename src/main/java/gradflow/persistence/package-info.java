/**
 * Saved experiments and their recorded results, behind unguessable slugs for share links: the
 * {@link gradflow.experiment.ExperimentStore} that the API and the UI use, implemented on Spring
 * Data JDBC ({@code JdbcExperimentStore}, one {@code saved_experiment} row per save).
 *
 * <p>The schema is Flyway's ({@code db/migration/V1__saved_experiments.sql}, plain SQL for H2 and
 * PostgreSQL). By default the database is an embedded H2 file under {@code gradflow.data-dir}
 * ({@code ./data}), so links survive restarts; {@code spring.datasource.url} points it at
 * PostgreSQL instead. A slug is 128 bits from {@code SecureRandom} as 22 base64url characters
 * ({@code Slugs}); the spec is stored as its canonical JSON, results as JSON text ({@code
 * ResultsJson}) thinned to {@code gradflow.experiments.max-results-size}. Saves are limited per
 * client per hour in memory ({@code SaveLimiter}, so no address is stored) and in total ({@code
 * ExperimentSettings}).
 *
 * <p>Class mode's classes, students and gallery runs: the {@link gradflow.classroom.ClassStore} on
 * plain SQL ({@code JdbcClassStore}, tables of {@code V2__classes.sql}, mapped by {@code
 * ClassRows}).
 *
 * <p>Depends on {@code experiment} and {@code classroom} (and writes {@code engine}'s probe
 * record); nothing depends on it but Spring's wiring.
 */
package gradflow.persistence;
