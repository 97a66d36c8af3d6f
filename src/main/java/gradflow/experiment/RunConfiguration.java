package gradflow.experiment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link RunSettings} from {@code gradflow.runs.*}, offers the {@link RunScheduler}, and ends
 * its runs cleanly when the server shuts down ({@link RunShutdown}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RunSettings.class, ShutdownSettings.class})
public class RunConfiguration {

  @Bean(destroyMethod = "close")
  public RunScheduler runScheduler(Specs specs, RunSettings settings) {
    return new RunScheduler(specs, settings);
  }

  @Bean
  RunShutdown runShutdown(RunScheduler scheduler, ShutdownSettings shutdown) {
    return new RunShutdown(scheduler, shutdown.grace(), shutdown.notice());
  }
}
