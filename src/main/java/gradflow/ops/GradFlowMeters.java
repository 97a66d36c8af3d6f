package gradflow.ops;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RunMeters;
import gradflow.experiment.RunScheduler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The numbers an instructor watches while a class trains: how many runs take turns, how many wait,
 * how many were turned away (the class is bigger than the machine), how fast they train, how long a
 * probe takes and how long it takes to reach the page, and how many experiments are saved. Read
 * from the scheduler and the store when scraped, not counted twice.
 */
@Configuration(proxyBeanMethods = false)
class GradFlowMeters {

  @Bean
  MeterBinder gradflowMeters(RunScheduler scheduler, ExperimentStore store) {
    return registry -> bind(registry, scheduler, store);
  }

  private static void bind(MeterRegistry registry, RunScheduler scheduler, ExperimentStore store) {
    Gauge.builder("gradflow.runs.active", scheduler, RunScheduler::activeCount)
        .description("training runs taking turns on the workers")
        .register(registry);
    Gauge.builder("gradflow.runs.queued", scheduler, RunScheduler::queuedCount)
        .description("training runs waiting for a place")
        .register(registry);
    FunctionCounter.builder("gradflow.runs.refused", scheduler, RunScheduler::refusedCount)
        .description("submissions refused for lack of a place (busy, or the client's share)")
        .register(registry);
    Gauge.builder("gradflow.steps.per.second", scheduler, RunScheduler::stepsPerSecond)
        .description("training steps per second of all active runs together")
        .register(registry);
    Gauge.builder("gradflow.experiments.saved", store, ExperimentStore::count)
        .description("saved experiments (share links)")
        .register(registry);
    Timer probe =
        latency("gradflow.probe", "time to compute one probe (norms, grids, eigenvalues)")
            .register(registry);
    Timer update =
        latency(
                "gradflow.heatmap.update",
                "time from a probe being taken to its heatmap being sent to the page")
            .register(registry);
    scheduler.meters(
        new RunMeters() {
          @Override
          public void probeTaken(long nanos) {
            probe.record(nanos, TimeUnit.NANOSECONDS);
          }

          @Override
          public void pageUpdated(long nanos) {
            update.record(nanos, TimeUnit.NANOSECONDS);
          }
        });
  }

  // Histogram buckets from 1 ms to 30 s: quantiles over a class and across replicas add up.
  private static Timer.Builder latency(String name, String description) {
    return Timer.builder(name)
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30));
  }
}
