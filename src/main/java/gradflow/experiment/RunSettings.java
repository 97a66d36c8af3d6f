package gradflow.experiment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the server shares itself between runs, e.g. by environment variable {@code
 * GRADFLOW_RUNS_WORKERS=4} or property {@code gradflow.runs.queue-capacity=50}.
 *
 * <p>Up to {@code maxActive} runs take turns on {@code workers} threads, {@code sliceSteps} steps
 * at a time; up to {@code queueCapacity} more wait for a place. Beyond that a new run is refused
 * with "busy, retry in N s" rather than slowing everyone down.
 *
 * @param workers threads that train; 0 means one per core
 * @param maxActive runs that take turns at once; each holds its network in memory. 0 means four per
 *     worker thread and at least 8 ({@link #activePlaces()}), so that a bigger server uses its
 *     cores without being told
 * @param queueCapacity runs that may wait for a place
 * @param perClient runs one client (browser session or address) may have queued or active
 * @param perAddress runs all the clients at one network address may have queued or active together
 *     (every browser session of a school behind one NAT address); 0: no such limit
 * @param sliceSteps the most steps a run takes before the next run's turn
 * @param sliceTime the longest a turn lasts (at least one step is always taken)
 * @param maxLossPoints the loss curve keeps at most this many points, evenly thinned
 * @param maxProbes the probe history keeps at most this many probes, evenly thinned
 * @param maxHistoryBytes the probe history of one run stays under about this many bytes (wide
 *     stacks keep fewer probes)
 * @param unwatchedTimeout a queued or active run nobody has looked at for this long is cancelled
 * @param keepFinished a run that ended is forgotten this long after
 * @param maxKept at most this many ended runs are remembered (the oldest ended go first), so that a
 *     loop of quick runs cannot fill the heap
 */
@ConfigurationProperties("gradflow.runs")
public record RunSettings(
    @DefaultValue("0") int workers,
    @DefaultValue("0") int maxActive,
    @DefaultValue("32") int queueCapacity,
    @DefaultValue("2") int perClient,
    @DefaultValue("0") int perAddress,
    @DefaultValue("10") int sliceSteps,
    @DefaultValue("200ms") Duration sliceTime,
    @DefaultValue("1000") int maxLossPoints,
    @DefaultValue("200") int maxProbes,
    @DefaultValue("16000000") long maxHistoryBytes,
    @DefaultValue("10m") Duration unwatchedTimeout,
    @DefaultValue("30m") Duration keepFinished,
    @DefaultValue("500") int maxKept,
    @DefaultValue("0B") DataSize memoryBudget) {

  public static final RunSettings DEFAULTS =
      new RunSettings(
          0,
          0,
          32,
          2,
          0,
          10,
          Duration.ofMillis(200),
          1000,
          200,
          16_000_000,
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          500,
          DataSize.ofBytes(0));

  public RunSettings {
    atLeast("workers", workers, 0);
    atLeast("max-active", maxActive, 0);
    atLeast("queue-capacity", queueCapacity, 0);
    atLeast("per-client", perClient, 1);
    atLeast("per-address", perAddress, 0);
    atLeast("slice-steps", sliceSteps, 1);
    atLeast("max-loss-points", maxLossPoints, 2);
    atLeast("max-probes", maxProbes, 2);
    atLeast("max-history-bytes", maxHistoryBytes, 1);
    atLeast("max-kept", maxKept, 0);
    if (memoryBudget == null || memoryBudget.isNegative()) {
      throw new IllegalArgumentException(
          "gradflow.runs.memory-budget is " + memoryBudget + ", but it must be at least 0");
    }
    positive("slice-time", sliceTime);
    positive("unwatched-timeout", unwatchedTimeout);
    positive("keep-finished", keepFinished);
  }

  /** The number of worker threads: {@code workers}, or one per core when it is 0. */
  public int workerThreads() {
    return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
  }

  /**
   * The runs that take turns at once: {@code maxActive}, or when it is 0 four per worker thread and
   * at least 8 (8 on 2 cores, 64 on 16). Four runs per core keep every page updated several times a
   * second for the lessons (README, "How big a class one server holds").
   */
  public int activePlaces() {
    return maxActive > 0 ? maxActive : Math.max(8, 4 * workerThreads());
  }

  /** The memory budget in bytes: {@code memoryBudget}, or half the maximum heap when it is 0. */
  public long memoryBudgetBytes() {
    return memoryBudget.toBytes() > 0
        ? memoryBudget.toBytes()
        : Runtime.getRuntime().maxMemory() / 2;
  }

  /** A copy with other sharing limits, for tests and small machines. */
  public RunSettings withPlaces(int workers, int maxActive, int queueCapacity, int perClient) {
    return new RunSettings(
        workers,
        maxActive,
        queueCapacity,
        perClient,
        perAddress,
        sliceSteps,
        sliceTime,
        maxLossPoints,
        maxProbes,
        maxHistoryBytes,
        unwatchedTimeout,
        keepFinished,
        maxKept,
        memoryBudget);
  }

  private static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(
          "gradflow.runs." + name + " is " + value + ", but it must be at least " + min);
    }
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(
          "gradflow.runs." + name + " is " + d + ", but it must be a positive duration");
    }
  }
}
