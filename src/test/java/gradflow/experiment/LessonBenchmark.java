package gradflow.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * How long each lesson takes to reach its end on one core: every lesson's preset, and both sides of
 * every comparison, trained through a {@link Run} (training, probes, history and publishing, no
 * page) one after another on this thread. Prints one JSON line per run and one per comparison with
 * the time both sides take on one core together, everything else on stderr. A lesson must reach its
 * point within 30 s; {@code within_30s} says whether the whole run does.
 *
 * <p>Run by {@code ./mvnw -q -Pbench -Dbench.main=gradflow.experiment.LessonBenchmark}.
 */
public final class LessonBenchmark {
  private LessonBenchmark() {}

  public static void main(String[] args) {
    var text = lessons();
    // The JIT's first minutes would count against the first lesson only: warm up on a short one.
    time("warm-up", "vanishing-tanh.json");
    for (String id : text.getProperty("order").split(",")) {
      print(id.strip(), "single", time(id.strip(), id.strip() + ".json"));
    }
    for (String id : text.getProperty("compare").split(",")) {
      id = id.strip();
      String aFile = exists(id + ".a.json") ? id + ".a.json" : id + ".json";
      double a = time(id, aFile);
      double b = time(id, id + ".b.json");
      print(id, "A", a);
      print(id, "B", b);
      print(id, "A+B on one core", a + b);
    }
  }

  private static double time(String id, String file) {
    var spec = Fixtures.SPECS.read(LessonRun.preset(file)).orElseThrow();
    var settings = RunSettings.DEFAULTS;
    var run = new Run(spec, "bench", settings, System::nanoTime);
    long start = System.nanoTime();
    while (run.slice(settings.sliceSteps(), settings.sliceTime().toNanos()) != Run.SliceEnd.DONE) {
      // next slice, as the scheduler would give it
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "%s (%s): %s in %.2f s%n", id, file, run.status(), seconds);
    return seconds;
  }

  private static void print(String lesson, String side, double seconds) {
    System.out.printf(
        Locale.ROOT,
        "{\"lesson\":\"%s\",\"run\":\"%s\",\"seconds\":%.2f,\"within_30s\":%b}%n",
        lesson,
        side,
        seconds,
        seconds <= 30);
  }

  private static boolean exists(String file) {
    return LessonBenchmark.class.getClassLoader().getResource("gradflow/presets/" + file) != null;
  }

  private static Properties lessons() {
    var p = new Properties();
    try (InputStream in =
        LessonBenchmark.class
            .getClassLoader()
            .getResourceAsStream("gradflow/presets/lessons.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
