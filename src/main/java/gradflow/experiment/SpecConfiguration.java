package gradflow.experiment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SpecLimits} from {@code gradflow.limits.*} and offers {@link Specs} as a bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpecLimits.class)
public class SpecConfiguration {

  @Bean
  public Specs specs(SpecLimits limits) {
    return new Specs(limits);
  }
}
