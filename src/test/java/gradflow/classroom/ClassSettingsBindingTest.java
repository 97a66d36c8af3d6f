package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * An instructor turns class mode on and sizes classes by the environment variables the README
 * names, through the main application.properties; with none set, class mode is off.
 */
class ClassSettingsBindingTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ClassSettings.class)
  static class Binding {}

  private static ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
    return new ApplicationContextRunner()
        .withUserConfiguration(Binding.class)
        .withInitializer(
            context -> {
              var sources = context.getEnvironment().getPropertySources();
              sources.addFirst(new PropertiesPropertySource("main", mainProperties()));
              sources.addFirst(new SystemEnvironmentPropertySource("test-env", variables));
            });
  }

  @Test
  void withNothingSetClassModeIsOffWithTheDefaultLimits() {
    withEnvironment(Map.of())
        .run(
            context ->
                assertThat(context.getBean(ClassSettings.class))
                    .isEqualTo(new ClassSettings("", 60, 300, 14))
                    .extracting(ClassSettings::enabled)
                    .isEqualTo(false));
  }

  @Test
  void theEnvironmentVariablesTurnItOnAndSetTheLimits() {
    withEnvironment(
            Map.of(
                "GRADFLOW_INSTRUCTOR_TOKEN", "s3cret",
                "GRADFLOW_CLASS_MAXSTUDENTS", "40",
                "GRADFLOW_CLASS_MAXRUNS", "120",
                "GRADFLOW_CLASS_EXPIRYDAYS", "3"))
        .run(
            context -> {
              ClassSettings s = context.getBean(ClassSettings.class);
              assertThat(s).isEqualTo(new ClassSettings("s3cret", 40, 120, 3));
              assertThat(s.acceptsInstructor("s3cret")).isTrue();
              assertThat(s.acceptsInstructor("s3cre")).isFalse();
              assertThat(s.toString()).doesNotContain("s3cret");
            });
  }

  @Test
  void aLimitBelowOneStopsStartupNamingTheProperty() {
    withEnvironment(Map.of("GRADFLOW_CLASS_MAXRUNS", "0"))
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("gradflow.class.max-runs is 0"));
  }

  private static Properties mainProperties() {
    Properties p = new Properties();
    try (InputStream in =
        ClassSettingsBindingTest.class.getResourceAsStream("/application.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
