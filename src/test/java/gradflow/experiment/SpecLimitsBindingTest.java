package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * An instructor sets the limits by environment variable or property, and bad values stop startup.
 */
class SpecLimitsBindingTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(SpecConfiguration.class);

  private ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
    return runner.withInitializer(
        context ->
            context
                .getEnvironment()
                .getPropertySources()
                .addFirst(
                    new SystemEnvironmentPropertySource("test-systemEnvironment", variables)));
  }

  @Test
  void withNothingConfiguredTheDefaultsApply() {
    runner.run(
        context -> assertThat(context.getBean(SpecLimits.class)).isEqualTo(SpecLimits.DEFAULTS));
  }

  @Test
  void environmentVariablesSetTheLimitsAndTheTableFollows() {
    withEnvironment(
            Map.of(
                "GRADFLOW_LIMITS_MAXHIDDEN",
                "512",
                "GRADFLOW_LIMITS_MAXWORK",
                "5000000000000",
                "GRADFLOW_LIMITS_MAXBATCHSIZE",
                "16"))
        .run(
            context -> {
              SpecLimits limits = context.getBean(SpecLimits.class);
              assertThat(limits.maxHidden()).isEqualTo(512);
              assertThat(limits.maxWork()).isEqualTo(5_000_000_000_000L);
              assertThat(limits.maxBatchSize()).isEqualTo(16);
              assertThat(limits.maxLayers()).isEqualTo(SpecLimits.DEFAULT_MAX_LAYERS);
              Specs specs = context.getBean(Specs.class);
              assertThat(specs.table().get("layers[].hidden").max()).isEqualTo(512);
              assertThat(
                      specs
                          .read(
                              "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\","
                                  + " \"hidden\": 400}], \"training\": {\"batchSize\": 16}}")
                          .isValid())
                  .isTrue();
              assertThat(
                      specs
                          .read(
                              "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}],"
                                  + " \"training\": {\"batchSize\": 32}}")
                          .errors())
                  .extracting(Violation::message)
                  .containsExactly(
                      "training.batchSize is 32, but it must be a whole number between 1 and 16.");
            });
  }

  @Test
  void kebabCasePropertiesWorkToo() {
    runner
        .withPropertyValues("gradflow.limits.max-layers=4")
        .run(context -> assertThat(context.getBean(SpecLimits.class).maxLayers()).isEqualTo(4));
  }

  @Test
  void aLimitThatWouldRefuseEverySpecStopsStartup() {
    withEnvironment(Map.of("GRADFLOW_LIMITS_MAXHIDDEN", "0"))
        .run(context -> assertThat(context).hasFailed());
  }
}
