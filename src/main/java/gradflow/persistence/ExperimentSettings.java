package gradflow.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on saved experiments, e.g. by environment variable {@code
 * GRADFLOW_EXPERIMENTS_PER_CLIENT_PER_HOUR=60} or property {@code
 * gradflow.experiments.max-total=500000}.
 *
 * @param perClientPerHour saves one client (browser session or address) may make in any hour
 * @param maxTotal saved experiments the database may hold; beyond it every save is refused until an
 *     instructor raises the limit or deletes old rows
 * @param maxResultsSize the largest recorded results kept with one experiment, as JSON; larger
 *     results keep an evenly thinned subset of their probes
 */
@ConfigurationProperties("gradflow.experiments")
record ExperimentSettings(
    @DefaultValue("30") int perClientPerHour,
    @DefaultValue("100000") long maxTotal,
    @DefaultValue("4MB") DataSize maxResultsSize) {

  static final ExperimentSettings DEFAULTS =
      new ExperimentSettings(30, 100_000, DataSize.ofMegabytes(4));

  ExperimentSettings {
    if (perClientPerHour < 1) {
      throw new IllegalArgumentException(
          "gradflow.experiments.per-client-per-hour is "
              + perClientPerHour
              + ", but it must be at least 1");
    }
    if (maxTotal < 1) {
      throw new IllegalArgumentException(
          "gradflow.experiments.max-total is " + maxTotal + ", but it must be at least 1");
    }
    if (maxResultsSize == null
        || maxResultsSize.toBytes() < 1024
        || maxResultsSize.toBytes() > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException(
          "gradflow.experiments.max-results-size is "
              + maxResultsSize
              + ", but it must be between 1KB and 1GB");
    }
  }

  int maxResultsBytes() {
    return (int) maxResultsSize.toBytes();
  }
}
