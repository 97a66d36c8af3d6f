package gradflow.browser;

import com.microsoft.playwright.Page;
import gradflow.Quantiles;
import gradflow.experiment.RunScheduler;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: how big a class one server holds, run with {@code ./mvnw -Pbench-ui
 * -Dit.test=ClassCapacityBenchmark} (see README, "How big a class one server holds"). For each N in
 * {@code -Dcapacity.sessions=10,30,60} it opens N browser sessions (one Chromium context each, so N
 * session cookies), loads lesson 1 in every one and presses Train in all of them at the same moment
 * (each page clicks at one wall-clock time), as a class does when the instructor says "go". Each
 * page records, with times, every redraw of its heatmap and every change of its run's status; the
 * server records its CPU time, memory and training rate. One JSON line per N, also written to
 * target/bench/capacity.json: admitted, queued (and told their position), refused, ended; the
 * interval between heatmap redraws while running (p50, p95, worst page's p95); the time from Train
 * to the first heatmap (p50, p95: queue wait included); server and Chromium CPU; errors.
 *
 * <p>The server runs on the scheduler's defaults (8 runs taking turns, 32 queued, 2 per session),
 * with Chromium on the same cores: on a dedicated server the browsers are elsewhere.
 */
class ClassCapacityBenchmark extends BrowserTest {

  /**
   * Lesson 4 by default: its LSTM trains 1,200 steps of T = 100 (seconds of CPU per run), so a
   * class keeps the server busy. Lesson 1 ends in under half a second per run and measures only the
   * browsers ({@code -Dcapacity.lesson="1. A tanh RNN forgets"}).
   */
  private static final String LESSON =
      System.getProperty("capacity.lesson", "4. LSTM vs RNN on the adding problem (T = 100)");

  private static final long ROUND_LIMIT_MS = 300_000;

  @Autowired RunScheduler scheduler;

  @Test
  void measureHowManySessionsOneServerServes() throws Exception {
    String lessonAddress = lessonAddress();
    List<String> lines = new ArrayList<>();
    for (String n : System.getProperty("capacity.sessions", "10,30,60").split(",")) {
      String json = round(Integer.parseInt(n.trim()), lessonAddress);
      System.out.println(json);
      lines.add(json);
    }
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "capacity.json"), String.join("\n", lines) + "\n");
  }

  /** The address of lesson 1 with its spec, as a student's page has it after choosing it. */
  private String lessonAddress() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson(LESSON);
    page().waitForURL(url -> url.contains("lesson="));
    return page().url();
  }

  private String round(int sessions, String address) throws Exception {
    List<Page> pages = new ArrayList<>();
    AtomicInteger serverErrors = new AtomicInteger();
    int consoleErrorsBefore = consoleErrors().size();
    for (int i = 0; i < sessions; i++) {
      Page p = pageSized(1100, 800);
      p.onResponse(
          r -> {
            if (r.status() >= 500) {
              serverErrors.incrementAndGet();
            }
          });
      p.navigate(address);
      // A slow page is a measurement, not a failure: on two loaded cores a page can take a while.
      p.locator("#train")
          .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(180_000));
      // Everything is recorded in the page, with its time, so that reading N pages while they
      // train costs nothing: the heatmap's redraws (attached only once a run starts, so listened to
      // on the document, in the capture phase) and every change of the run's status and its words.
      p.evaluate(
          "() => { window.gfUpdates = []; window.gfStatuses = [];"
              + " const s = document.querySelector('#run-status');"
              + " const note = () => window.gfStatuses.push([performance.now(),"
              + " s.dataset.status || '', s.innerText]);"
              + " new MutationObserver(note).observe(s, {attributes: true, childList: true,"
              + " characterData: true, subtree: true});"
              + " document.addEventListener('chart-updated', e => {"
              + " if (e.target.id === 'gradient-heatmap') window.gfUpdates.push([performance.now(),"
              + " s.dataset.status || '', Date.now()]) }, true) }");
      pages.add(p);
    }

    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long chromiumBefore = chromiumCpuTicks();
    long goAt = WholeRoom.pressTrainTogether(pages);
    long start = System.nanoTime();

    Set<Integer> admitted = new HashSet<>();
    Set<Integer> queued = new HashSet<>();
    Set<Integer> toldPosition = new HashSet<>();
    Set<Integer> refused = new HashSet<>();
    Set<Integer> ended = new HashSet<>();
    Set<Integer> failed = new HashSet<>();
    double peakStepsPerSecond = 0;
    long peakHeap = 0;
    while (ended.size() + refused.size() < sessions
        && (System.nanoTime() - start) / 1_000_000 < ROUND_LIMIT_MS) {
      for (int i = 0; i < sessions; i++) {
        if (ended.contains(i) || refused.contains(i)) {
          continue;
        }
        @SuppressWarnings("unchecked")
        var state =
            (List<String>)
                pages
                    .get(i)
                    .evaluate(
                        "() => { const s = document.querySelector('#run-status');"
                            + " return [s.dataset.status || '', s.innerText,"
                            + " document.querySelector('#run-panel').dataset.runId || '']; }");
        switch (state.get(0)) {
          case "finished", "diverged", "cancelled", "stopped" -> ended.add(i);
          case "failed" -> {
            ended.add(i);
            failed.add(i);
          }
          case "running", "queued" -> {}
          default -> {
            if (state.get(2).isEmpty() && state.get(1).contains("busy")) {
              refused.add(i);
            }
          }
        }
      }
      peakStepsPerSecond = Math.max(peakStepsPerSecond, scheduler.stepsPerSecond());
      peakHeap =
          Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      Thread.sleep(2000);
    }
    // What each page went through, from its own record.
    for (int i = 0; i < sessions; i++) {
      @SuppressWarnings("unchecked")
      var statuses = (List<List<Object>>) pages.get(i).evaluate("() => window.gfStatuses");
      for (List<Object> change : statuses) {
        String status = String.valueOf(change.get(1));
        if (status.equals("running")) {
          admitted.add(i);
        } else if (status.equals("queued")) {
          queued.add(i);
          if (String.valueOf(change.get(2)).matches("(?s).*position \\d+.*")) {
            toldPosition.add(i);
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double serverCores = (os.getProcessCpuTime() - cpuBefore) / 1e9 / seconds;
    double chromiumCores = (chromiumCpuTicks() - chromiumBefore) / 100.0 / seconds;

    List<Double> intervals = new ArrayList<>();
    // From Train to the page's first heatmap: what a student waits, in the queue or not.
    List<Double> firstPictures = new ArrayList<>();
    double worstPageP95 = 0;
    for (Page p : pages) {
      @SuppressWarnings("unchecked")
      var updates = (List<List<Object>>) p.evaluate("() => window.gfUpdates");
      List<Double> mine = new ArrayList<>();
      for (int k = 1; k < updates.size(); k++) {
        // Only while its run takes turns: a queued run is told its place, not redrawn.
        if ("running".equals(updates.get(k - 1).get(1))
            && "running".equals(updates.get(k).get(1))) {
          mine.add(
              ((Number) updates.get(k).get(0)).doubleValue()
                  - ((Number) updates.get(k - 1).get(0)).doubleValue());
        }
      }
      intervals.addAll(mine);
      if (!updates.isEmpty()) {
        firstPictures.add(((Number) updates.get(0).get(2)).doubleValue() - goAt);
      }
      if (!mine.isEmpty()) {
        worstPageP95 = Math.max(worstPageP95, Quantiles.of(mine, 0.95));
      }
    }
    int errors = serverErrors.get() + failed.size() + consoleErrors().size() - consoleErrorsBefore;
    for (Page p : pages) {
      p.context().close();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    return String.format(
        Locale.ROOT,
        "{\"bench\": \"class_capacity\", \"lesson\": \"%s\", \"sessions\": %d, \"cores\": %d, \"admitted\": %d,"
            + " \"queued\": %d, \"queued_told_position\": %d, \"refused\": %d, \"ended\": %d,"
            + " \"update_interval_ms_p50\": %.0f, \"update_interval_ms_p95\": %.0f,"
            + " \"worst_page_update_interval_ms_p95\": %.0f, \"updates\": %d,"
            + " \"first_heatmap_ms_p50\": %.0f, \"first_heatmap_ms_p95\": %.0f,"
            + " \"server_cpu_cores\": %.2f, \"server_heap_mb_peak\": %d, \"server_rss_mb\": %d,"
            + " \"chromium_cpu_cores\": %.2f, \"steps_per_second_peak\": %.0f,"
            + " \"steps_per_second_per_core\": %.0f, \"errors\": %d, \"seconds\": %.1f}",
        LESSON.substring(0, LESSON.indexOf('.')),
        sessions,
        cores,
        admitted.size(),
        queued.size(),
        toldPosition.size(),
        refused.size(),
        ended.size(),
        Quantiles.of(intervals, 0.5),
        Quantiles.of(intervals, 0.95),
        worstPageP95,
        intervals.size(),
        Quantiles.of(firstPictures, 0.5),
        Quantiles.of(firstPictures, 0.95),
        serverCores,
        peakHeap >> 20,
        residentMegabytes(),
        chromiumCores,
        peakStepsPerSecond,
        peakStepsPerSecond / Math.max(1, Math.min(cores, scheduler.settings().workerThreads())),
        errors,
        seconds);
  }

  /** This JVM's resident memory (the server and the benchmark's Playwright client). */
  private static long residentMegabytes() throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmRSS:"))
        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(-1);
  }

  /** CPU time of every Chromium process, in clock ticks (utime + stime, 100 per second). */
  private static long chromiumCpuTicks() {
    long ticks = 0;
    try (var procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        try {
          String stat = Files.readString(proc.resolve("stat"));
          String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (!comm.startsWith("chrom")) {
            continue;
          }
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException | RuntimeException gone) {
          // A process that ended between the listing and the read.
        }
      }
    } catch (java.io.IOException e) {
      return 0;
    }
    return ticks;
  }
}
