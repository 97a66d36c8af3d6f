package gradflow.persistence;

import gradflow.experiment.ExperimentStore;
import java.time.InstantSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/** Binds {@link ExperimentSettings} from {@code gradflow.experiments.*} and offers the store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExperimentSettings.class)
public class PersistenceConfiguration {

  @Bean
  ExperimentStore experimentStore(JdbcAggregateOperations jdbc, ExperimentSettings settings) {
    return new JdbcExperimentStore(jdbc, settings, InstantSource.system());
  }
}
