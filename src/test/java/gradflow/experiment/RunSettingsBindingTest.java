package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** An instructor sizes the scheduler by environment variable, and bad values stop startup. */
class RunSettingsBindingTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(SpecConfiguration.class, RunConfiguration.class);

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
        context -> assertThat(context.getBean(RunSettings.class)).isEqualTo(RunSettings.DEFAULTS));
  }

  @Test
  void environmentVariablesSetTheSchedulersLimits() {
    withEnvironment(
            Map.of(
                "GRADFLOW_RUNS_WORKERS", "3",
                "GRADFLOW_RUNS_MAXACTIVE", "12",
                "GRADFLOW_RUNS_QUEUECAPACITY", "40",
                "GRADFLOW_RUNS_PERCLIENT", "1",
                "GRADFLOW_RUNS_KEEPFINISHED", "2h"))
        .run(
            context -> {
              RunSettings s = context.getBean(RunScheduler.class).settings();
              assertThat(s.workerThreads()).isEqualTo(3);
              assertThat(s.maxActive()).isEqualTo(12);
              assertThat(s.queueCapacity()).isEqualTo(40);
              assertThat(s.perClient()).isEqualTo(1);
              assertThat(s.keepFinished()).isEqualTo(Duration.ofHours(2));
            });
  }

  @Test
  void unlessToldABiggerServerTakesFourRunsPerWorkerAndASmallOneAtLeastEight() {
    for (var workersAndPlaces : new int[][] {{1, 8}, {2, 8}, {3, 12}, {16, 64}}) {
      withEnvironment(Map.of("GRADFLOW_RUNS_WORKERS", String.valueOf(workersAndPlaces[0])))
          .run(
              context ->
                  assertThat(context.getBean(RunSettings.class).activePlaces())
                      .isEqualTo(workersAndPlaces[1]));
    }
  }

  @Test
  void aLimitThatWouldRefuseEveryRunStopsStartupNamingTheProperty() {
    withEnvironment(Map.of("GRADFLOW_RUNS_MAXACTIVE", "-1"))
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("gradflow.runs.max-active is -1"));
  }
}
