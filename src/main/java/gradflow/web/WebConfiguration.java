package gradflow.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link SecurityHeaders} for every path. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(
      @Value("${gradflow.security.content-security-policy:" + SecurityHeaders.DEFAULT_POLICY + "}")
          String policy) {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders(policy));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
