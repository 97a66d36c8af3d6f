package gradflow.experiment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link RunSettings} from {@code gradflow.runs.*} and offers the {@link RunScheduler}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunSettings.class)
public class RunConfiguration {

  @Bean(destroyMethod = "close")
  public RunScheduler runScheduler(Specs specs, RunSettings settings) {
    return new RunScheduler(specs, settings);
  }
}
