package gradflow.classroom;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RunScheduler;
import gradflow.experiment.Specs;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link ClassSettings} from {@code gradflow.class.*}, offers the {@link ClassService} and
 * its {@link ClassEvents}, purges expired classes every hour (and a minute after the start), and
 * every {@code gradflow.class.watch-interval} (1 s; 0 turns it off) reads back what other replicas
 * changed in the classes this one's pages follow ({@link ClassWatch}), and every {@link
 * ClassService#PRESENCE_EVERY} writes which students have a page open here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassSettings.class)
public class ClassConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ClassConfiguration.class);

  @Bean(destroyMethod = "close")
  public ClassEvents classEvents() {
    return new ClassEvents();
  }

  @Bean(destroyMethod = "close")
  public ClassService classService(
      ClassSettings settings,
      ClassStore store,
      ExperimentStore experiments,
      RunScheduler scheduler,
      Specs specs,
      ClassEvents events) {
    if (settings.enabled()) {
      LOG.info("class mode is on: {}", settings);
    }
    return new ClassService(
        settings, store, experiments, scheduler, specs, events, InstantSource.system());
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService classJanitor(
      ClassService classes,
      ClassStore store,
      ClassEvents events,
      @Value("${gradflow.class.watch-interval:1s}") Duration watchInterval) {
    ScheduledExecutorService janitor = Daemons.scheduled("gradflow-class-janitor");
    janitor.scheduleWithFixedDelay(() -> purge(classes), 1, 60, TimeUnit.MINUTES);
    if (classes.enabled() && watchInterval.isPositive()) {
      var watch = new ClassWatch(store, events);
      long every = watchInterval.toMillis();
      janitor.scheduleWithFixedDelay(() -> look(watch), every, every, TimeUnit.MILLISECONDS);
    }
    if (classes.enabled()) {
      long beat = ClassService.PRESENCE_EVERY.toMillis();
      janitor.scheduleWithFixedDelay(() -> beat(classes), beat, beat, TimeUnit.MILLISECONDS);
    }
    return janitor;
  }

  private static void look(ClassWatch watch) {
    try {
      watch.poll();
    } catch (RuntimeException e) {
      // A database hiccup: the next look reads the same changes again.
      LOG.warn("reading the followed classes back failed", e);
    }
  }

  private static void beat(ClassService classes) {
    try {
      classes.heartbeat();
    } catch (RuntimeException e) {
      // Other replicas count these pages a little longer or shorter; the next beat writes again.
      LOG.warn("writing which students have a page open failed", e);
    }
  }

  private static void purge(ClassService classes) {
    try {
      int gone = classes.purgeExpired();
      if (gone > 0) {
        LOG.info("purged {} rows of expired classes", gone);
      }
    } catch (RuntimeException e) {
      // The next round tries again; the janitor must not die of one failure.
      LOG.warn("purging expired classes failed", e);
    }
  }
}
