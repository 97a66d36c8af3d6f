package gradflow.experiment;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link RunSettings} from {@code gradflow.runs.*}, offers the {@link RunScheduler}, and ends
 * its runs cleanly when the server shuts down ({@link RunShutdown}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunSettings.class)
public class RunConfiguration {

  @Bean(destroyMethod = "close")
  public RunScheduler runScheduler(Specs specs, RunSettings settings) {
    return new RunScheduler(specs, settings);
  }

  @Bean
  RunShutdown runShutdown(
      RunScheduler scheduler,
      @Value("${gradflow.shutdown.grace:10s}") Duration grace,
      @Value("${gradflow.shutdown.notice:2s}") Duration notice) {
    return new RunShutdown(scheduler, grace, notice);
  }
}
