package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: a class of N students in class mode, run with {@code ./mvnw -B verify -Pbench-ui
 * -Dit.test=ClassModeCapacityBenchmark} ({@code -Dcapacity.students=30} by default; see README,
 * "Teach with GradFlow"). The instructor's page creates a class at lesson 1's experiment and sets a
 * sweep of the spectral radius over N values; N browser sessions (one Chromium context each) join
 * by code, then all press Train at one wall-clock time. It prints one JSON line (also in
 * target/bench/class-mode.json): how long the joins took, the time from Train until the
 * instructor's sweep plot held all N points and the gallery N cards, the runs the server refused,
 * and the instructor's "Runs in the gallery" number. Chromium shares the server's cores here.
 */
@TestPropertySource(properties = {"gradflow.class.instructor-token=" + ClassModeIT.TOKEN})
class ClassModeCapacityBenchmark extends BrowserTest {

  @Test
  void aWholeClassJoinsAndTrainsASweep() throws Exception {
    int n = Integer.getInteger("capacity.students", 30);
    String slug = saveLessonOne();
    var teach = new TeachPage(page(), baseUrl()).open().signIn(ClassModeIT.TOKEN);
    String code = teach.createAt("Capacity", "/x/" + slug);
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

    // The whole room presses Train at once, each page at one wall-clock time.
    long goAt = System.currentTimeMillis() + 1000 + 50L * n;
    for (Page p : students) {
      p.evaluate(
          "t => setTimeout(() => document.querySelector('#train').click(), t - Date.now())",
          (double) goAt);
    }
    Thread.sleep(Math.max(0, goAt - System.currentTimeMillis()));
    long start = System.nanoTime();
    page()
        .locator("#sweep-plot[data-points='" + n + "']")
        .waitFor(new Locator.WaitForOptions().setTimeout(600_000));
    double plotSeconds = (System.nanoTime() - start) / 1e9;
    page()
        .locator("#gallery[data-cards='" + n + "']")
        .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
    double gallerySeconds = (System.nanoTime() - start) / 1e9;

    String json =
        String.format(
            Locale.ROOT,
            "{\"bench\": \"class_mode\", \"students\": %d, \"join_seconds\": %.1f,"
                + " \"all_points_seconds\": %.1f, \"all_cards_seconds\": %.1f,"
                + " \"refused\": \"%s\", \"kept\": \"%s\"}",
            n,
            joinSeconds,
            plotSeconds,
            gallerySeconds,
            teach.number("refused"),
            teach.number("kept"));
    System.out.println(json);
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "class-mode.json"), json + "\n");
  }

  /** Lesson 1's spec, saved, so that the class can start from its link. */
  private String saveLessonOne() throws Exception {
    String spec;
    try (var in = getClass().getResourceAsStream("/gradflow/presets/vanishing-tanh.json")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var response =
        page()
            .request()
            .post(
                baseUrl() + "/api/experiments",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData(spec));
    return JsonMapper.builder().build().readTree(response.text()).get("slug").asString();
  }
}
