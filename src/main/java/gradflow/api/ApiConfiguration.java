package gradflow.api;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The guard in front of the REST API (see {@link ApiRequestGuard}). */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

  @Bean
  FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(
      @Value("${gradflow.api.allowed-origins:}") List<String> allowedOrigins) {
    var registration =
        new FilterRegistrationBean<>(
            new ApiRequestGuard(allowedOrigins.stream().filter(o -> !o.isBlank()).toList()));
    registration.addUrlPatterns("/api/*");
    // Before anything reads the body.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
