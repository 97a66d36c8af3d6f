package gradflow.ops;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RunScheduler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The numbers an instructor watches while a class trains: how many runs take turns, how many wait,
 * how many were turned away (the class is bigger than the machine), how fast they train, and how
 * many experiments are saved. Read from the scheduler and the store when scraped, not counted
 * twice.
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
  }
}
