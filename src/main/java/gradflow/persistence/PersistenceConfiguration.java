package gradflow.persistence;

import gradflow.classroom.ClassStore;
import gradflow.experiment.ExperimentStore;
import java.time.InstantSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Binds {@link ExperimentSettings} from {@code gradflow.experiments.*} and offers the stores of
 * saved experiments and of classes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExperimentSettings.class)
public class PersistenceConfiguration {

  @Bean
  ExperimentStore experimentStore(JdbcAggregateOperations jdbc, ExperimentSettings settings) {
    return new JdbcExperimentStore(jdbc, settings, InstantSource.system());
  }

  /** Classes, their students and their runs (class mode). */
  @Bean
  ClassStore classStore(JdbcClient jdbc) {
    return new JdbcClassStore(jdbc);
  }

  /** Maps {@link ExperimentRow} to {@code saved_experiment}, cased as each database folds it. */
  @Bean
  NamingStrategy namingStrategy() {
    return new NamingStrategy() {
      @Override
      public String getTableName(Class<?> type) {
        return type == ExperimentRow.class
            ? "saved_experiment"
            : NamingStrategy.super.getTableName(type);
      }
    };
  }
}
