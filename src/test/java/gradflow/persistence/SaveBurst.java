package gradflow.persistence;

import gradflow.experiment.ExperimentStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The child process of {@link AcknowledgedSavesSurviveAKillTest}: saves experiments one after
 * another, as fast as it can, and prints each slug the moment its save has returned, that is, the
 * moment the REST API would answer 201. Runs until it is killed.
 *
 * <p>Arguments: Spring's, which name the database (e.g. {@code --spring.datasource.url=...}).
 */
final class SaveBurst {
  private SaveBurst() {}

  /** The command line that starts it, on this JVM's Java and class path, without arguments. */
  static List<String> command() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        SaveBurst.class.getName());
  }

  public static void main(String[] args) {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    arguments.add("--gradflow.experiments.per-client-per-hour=1000000");
    arguments.add("--logging.level.root=WARN");
    var context =
        new SpringApplicationBuilder(PersistenceTestApp.App.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(arguments.toArray(String[]::new));
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
