package gradflow.api;

import gradflow.Quantiles;
import gradflow.experiment.RunScheduler;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: how many students the server itself holds, with their browsers elsewhere, as in a
 * classroom (run with {@code ./mvnw -Pbench-ui -Dit.test=ServerCapacityBenchmark}; README, "How big
 * a class one server holds"). {@code ClassCapacityBenchmark} drives real pages, but on a 2-core
 * machine its Chromium takes three quarters of the CPU from the server it measures; here each
 * student is a REST client behind a trusted proxy (its own X-Forwarded-For address) that starts
 * lesson 4 at the same moment as the others and then asks for its run every 150 ms, as the page's
 * own poll does. What it sees is what a page would be sent: the interval between new probes while
 * its run trains, and the time until the first one.
 *
 * <p>One JSON line per N of {@code -Dcapacity.sessions=10,30,60}, also written to
 * target/bench/server-capacity.json.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
class ServerCapacityBenchmark {
  private static final long POLL_MS = 150;
  private static final long ROUND_LIMIT_MS = 600_000;

  @LocalServerPort int port;
  @Autowired RunScheduler scheduler;

  /** One student: its run, and what its polls saw, with times in ms since "go". */
  private static final class Student {
    final String address;
    String id;
    int answer;
    boolean queued;
    boolean toldPosition;
    boolean ended;
    int lastProbeStep = -1;
    double lastProbeAt = -1;
    double firstProbeAt = -1;
    final List<Double> intervals = new ArrayList<>();

    Student(String address) {
      this.address = address;
    }
  }

  @Test
  void measureHowManyStudentsTheServerServes() throws Exception {
    String spec =
        new String(
            getClass().getResourceAsStream("/gradflow/presets/lstm-vs-rnn.json").readAllBytes(),
            StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String n : System.getProperty("capacity.sessions", "10,30,60").split(",")) {
      String json = round(Integer.parseInt(n.trim()), spec);
      System.out.println(json);
      lines.add(json);
    }
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(
        Path.of("target", "bench", "server-capacity.json"), String.join("\n", lines) + "\n");
  }

  private String round(int sessions, String spec) throws Exception {
    var api = new ApiClient(port);
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      students.add(new Student("10.1." + (i / 250) + "." + (1 + i % 250)));
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    for (Student s : students) {
      var a =
          api.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                  .header("Content-Type", "application/json")
                  .header("X-Forwarded-For", s.address)
                  .POST(HttpRequest.BodyPublishers.ofString(spec)));
      s.answer = a.status();
      if (a.status() == 201) {
        s.id = a.json().get("id").asString();
      } else {
        s.ended = true;
      }
    }
    double submitMs = (System.nanoTime() - start) / 1e6;

    // Four threads poll for everyone, each student every 150 ms, as its page would.
    var pollers = Executors.newScheduledThreadPool(4);
    var failures = new ConcurrentLinkedQueue<String>();
    List<ScheduledFuture<?>> polls = new ArrayList<>();
    for (Student s : students) {
      if (s.id == null) {
        continue;
      }
      polls.add(
          pollers.scheduleAtFixedRate(
              () -> poll(api, s, start, failures),
              (long) (Math.random() * POLL_MS),
              POLL_MS,
              TimeUnit.MILLISECONDS));
    }
    double peakStepsPerSecond = 0;
    long peakHeap = 0;
    while (students.stream().anyMatch(s -> !s.ended)
        && (System.nanoTime() - start) / 1_000_000 < ROUND_LIMIT_MS) {
      peakStepsPerSecond = Math.max(peakStepsPerSecond, scheduler.stepsPerSecond());
      peakHeap =
          Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      Thread.sleep(500);
    }
    polls.forEach(p -> p.cancel(false));
    pollers.shutdown();
    pollers.awaitTermination(10, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    double serverCores = (os.getProcessCpuTime() - cpuBefore) / 1e9 / seconds;

    List<Double> intervals = new ArrayList<>();
    List<Double> firsts = new ArrayList<>();
    double worst = 0;
    for (Student s : students) {
      synchronized (s) {
        intervals.addAll(s.intervals);
        if (s.firstProbeAt >= 0) {
          firsts.add(s.firstProbeAt);
        }
        if (!s.intervals.isEmpty()) {
          worst = Math.max(worst, Quantiles.of(s.intervals, 0.95));
        }
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int workers = Math.min(cores, scheduler.settings().workerThreads());
    return String.format(
        Locale.ROOT,
        "{\"bench\": \"server_capacity\", \"lesson\": \"4\", \"sessions\": %d, \"cores\": %d,"
            + " \"max_active\": %d, \"admitted\": %d, \"queued\": %d, \"queued_told_position\": %d,"
            + " \"refused\": %d, \"ended\": %d, \"submit_ms\": %.0f,"
            + " \"update_interval_ms_p50\": %.0f, \"update_interval_ms_p95\": %.0f,"
            + " \"worst_student_update_interval_ms_p95\": %.0f, \"updates\": %d,"
            + " \"first_probe_ms_p50\": %.0f, \"first_probe_ms_p95\": %.0f,"
            + " \"server_cpu_cores\": %.2f, \"server_heap_mb_peak\": %d,"
            + " \"steps_per_second_peak\": %.0f, \"steps_per_second_per_core\": %.0f,"
            + " \"errors\": %d, \"seconds\": %.1f}",
        sessions,
        cores,
        scheduler.settings().activePlaces(),
        students.stream().filter(s -> s.firstProbeAt >= 0).count(),
        students.stream().filter(s -> s.queued).count(),
        students.stream().filter(s -> s.toldPosition).count(),
        students.stream().filter(s -> s.answer == 429 || s.answer == 503).count(),
        students.stream().filter(s -> s.ended && s.id != null).count(),
        submitMs,
        Quantiles.of(intervals, 0.5),
        Quantiles.of(intervals, 0.95),
        worst,
        intervals.size(),
        Quantiles.of(firsts, 0.5),
        Quantiles.of(firsts, 0.95),
        serverCores,
        peakHeap >> 20,
        peakStepsPerSecond,
        peakStepsPerSecond / workers,
        failures.size(),
        seconds);
  }

  /** One poll of one student: a new latest probe while running is one page update. */
  private static void poll(
      ApiClient api, Student s, long start, ConcurrentLinkedQueue<String> failures) {
    synchronized (s) {
      if (s.ended) {
        return;
      }
      try {
        var a = api.get("/api/runs/" + s.id);
        double now = (System.nanoTime() - start) / 1e6;
        if (a.status() != 200) {
          failures.add(s.id + ": " + a.status());
          s.ended = true;
          return;
        }
        String status = a.json().get("status").asString();
        if (status.equals("queued")) {
          s.queued = true;
          s.toldPosition |= a.json().get("queuePosition").asInt() > 0;
        }
        var probe = a.json().get("latestProbe");
        if (probe != null && !probe.isNull()) {
          int step = probe.get("step").asInt();
          if (step != s.lastProbeStep) {
            if (s.firstProbeAt < 0) {
              s.firstProbeAt = now;
            } else if (status.equals("running")) {
              s.intervals.add(now - s.lastProbeAt);
            }
            s.lastProbeStep = step;
            s.lastProbeAt = now;
          }
        }
        if (!status.equals("queued") && !status.equals("running")) {
          s.ended = true;
          if (status.equals("failed")) {
            failures.add(s.id + ": failed");
          }
        }
      } catch (RuntimeException | AssertionError e) {
        failures.add(s.id + ": " + e);
      }
    }
  }
}
