package gradflow.persistence;

import gradflow.experiment.ExperimentStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The child process of {@link AcknowledgedSavesSurviveAKillTest}: saves experiments one after
 * another, as fast as it can, and prints each slug the moment its save has returned, that is, the
 * moment the REST API would answer 201. Runs until it is killed.
 *
 * <p>Arguments: the data directory and the datasource URL.
 */
final class SaveBurst {
  private SaveBurst() {}

  public static void main(String[] args) {
    var context =
        new SpringApplicationBuilder(PersistenceTestApp.App.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(
                "--gradflow.data-dir=" + args[0],
                "--spring.datasource.url=" + args[1],
                "--gradflow.experiments.per-client-per-hour=1000000",
                "--logging.level.root=WARN");
    var store = context.getBean(ExperimentStore.class);
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; ; i++) {
      var saved = store.save(Fixtures.SPEC, Fixtures.results(2), "burst-" + (i % 50));
      System.out.println(saved.slug());
      System.out.flush();
    }
  }
}
