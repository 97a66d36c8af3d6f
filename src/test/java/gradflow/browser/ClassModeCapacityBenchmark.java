package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a class of N students in class mode, run with {@code ./mvnw -B verify -Pbench-ui
 * -Dit.test=ClassModeCapacityBenchmark} ({@code -Dcapacity.students=30} by default; see README,
 * "Teach with GradFlow"). The instructor's page creates a class at lesson 2 and a sweep of the
 * spectral radius over N values; N browser sessions (one Chromium context each) join by code; the
 * instructor moves the class to lesson 1 and locks the learning rate, and every page must follow;
 * then all press Train at one wall-clock time. It prints one JSON line (also in
 * target/bench/class-mode.json): how long the joins took, how long until the first, the median and
 * the last page showed the move and the lock (each page notes the time it saw it), the time from
 * Train until the sweep plot held all N points and the gallery N cards, the runs the server
 * refused, and the instructor's "Runs in the gallery" number.
 *
 * <p>By default the class meets on the test's own server, whose cores Chromium shares. With {@code
 * -Dcapacity.url=http://host:8080 -Dcapacity.token=...} it meets on a running instance instead
 * (e.g. the one {@code docker compose -f docker/compose.yaml up -d} started; README), and the
 * browsers can be kept off the server's cores with {@code taskset} (the JSON says which cores the
 * browsers had).
 */
@TestPropertySource(properties = {"gradflow.class.instructor-token=" + ClassModeIT.TOKEN})
class ClassModeCapacityBenchmark extends BrowserTest {
  private static final String INSTANCE = System.getProperty("capacity.url", "");

  @Override
  protected String baseUrl() {
    return INSTANCE.isBlank() ? super.baseUrl() : INSTANCE.replaceAll("/+$", "");
  }

  @Test
  void aWholeClassJoinsFollowsTheLessonsAndTrainsASweep() throws Exception {
    int n = Integer.getInteger("capacity.students", 30);
    String token = INSTANCE.isBlank() ? ClassModeIT.TOKEN : System.getProperty("capacity.token");
    page().setDefaultTimeout(180_000);
    var teach = new TeachPage(page(), baseUrl()).open().signIn(token);
    String code = teach.createAt("Capacity", "eigenvalues");
    teach.sweep("0.5", "1.5", Integer.toString(n));

    long joinStart = System.nanoTime();
    List<Page> students = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Page p = pageSized(1100, 800);
      p.setDefaultTimeout(180_000);
      ClassPage.open(p, baseUrl(), code).joinAs("Student " + (i + 1));
      students.add(p);
    }
    double joinSeconds = (System.nanoTime() - joinStart) / 1e9;

    watch(students, "#student-desk", "data-target", "vanishing-tanh");
    long moved = System.currentTimeMillis();
    teach.moveToLesson("1. A tanh RNN forgets");
    double[] follow = seen(students, moved);
    watch(students, "#training-learning-rate", "disabled", "");
    long locked = System.currentTimeMillis();
    teach.lock("Learning rate");
    double[] lock = seen(students, locked);

    WholeRoom.pressTrainTogether(students);
    long start = System.nanoTime();
    page()
        .locator("#sweep-plot[data-points='" + n + "']")
        .waitFor(new Locator.WaitForOptions().setTimeout(900_000));
    double plotSeconds = (System.nanoTime() - start) / 1e9;
    page()
        .locator("#gallery[data-cards='" + n + "']")
        .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
    double gallerySeconds = (System.nanoTime() - start) / 1e9;

    String json =
        String.format(
            Locale.ROOT,
            "{\"bench\": \"class_mode\", \"server\": \"%s\", \"browser_cpus\": \"%s\","
                + " \"students\": %d, \"join_seconds\": %.1f,"
                + " \"followed_move_seconds\": {\"first\": %.1f, \"median\": %.1f, \"last\": %.1f},"
                + " \"showed_lock_seconds\": {\"first\": %.1f, \"median\": %.1f, \"last\": %.1f},"
                + " \"all_points_seconds\": %.1f,"
                + " \"all_cards_seconds\": %.1f, \"refused\": \"%s\", \"kept\": \"%s\"}",
            INSTANCE.isBlank() ? "test server (shares the browsers' cores)" : baseUrl(),
            allowedCpus(),
            n,
            joinSeconds,
            follow[0],
            follow[1],
            follow[2],
            lock[0],
            lock[1],
            lock[2],
            plotSeconds,
            gallerySeconds,
            teach.number("refused"),
            teach.number("kept"));
    System.out.println(json);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "class-mode.json"), json + "\n");
  }

  /**
   * Makes each page note the wall-clock time at which this element's attribute first reads so (a
   * present attribute for ""), as the page itself sees the push, not when the test gets to ask.
   */
  private static void watch(List<Page> students, String selector, String attribute, String value) {
    for (Page p : students) {
      p.evaluate(
          """
          ([selector, attribute, value]) => {
            window.gfSeenAt = null;
            const holds = () => {
              const e = document.querySelector(selector);
              const v = e && e.getAttribute(attribute);
              return value === '' ? v !== null : v === value;
            };
            const note = () => {
              if (window.gfSeenAt === null && holds()) {
                window.gfSeenAt = Date.now();
              }
            };
            new MutationObserver(note)
                .observe(document.body, {subtree: true, attributes: true, childList: true});
          }
          """,
          List.of(selector, attribute, value));
    }
  }

  /** Seconds from {@code since} (epoch ms) until the first, the median and the last page saw it. */
  private static double[] seen(List<Page> students, long since) {
    List<Double> seconds = new ArrayList<>();
    for (Page p : students) {
      p.waitForFunction(
          "() => window.gfSeenAt !== null",
          null,
          new Page.WaitForFunctionOptions().setTimeout(120_000));
      seconds.add((((Number) p.evaluate("() => window.gfSeenAt")).longValue() - since) / 1e3);
    }
    seconds.sort(null);
    return new double[] {seconds.getFirst(), seconds.get(seconds.size() / 2), seconds.getLast()};
  }

  /** The cores this JVM (and the Chromium it starts) may run on, as Linux lists them. */
  private static String allowedCpus() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("Cpus_allowed_list:"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst()
        .orElse("unknown");
  }
}
