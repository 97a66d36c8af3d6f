package gradflow.ops;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import gradflow.browser.PlaygroundPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Checks session affinity through a load balancer in front of several GradFlow replicas
 * (docker/compose.scale.yaml), with real browsers: opens several browser contexts (each its own
 * cookies, so its own session), presses Train in each, waits until each heatmap has updated a few
 * times while all train at once, and records which replica served each context (HAProxy's {@code
 * X-GradFlow-Replica} header on every answer, and its {@code GRADFLOW_REPLICA} cookie). It then
 * asks the REST API for each page's run, once with the page's replica cookie (200) and once with
 * another replica's (404: the run lives in one replica's memory, which is why affinity is needed).
 *
 * <p>Run by docker/test-scale.sh:
 *
 * <pre>
 * GRADFLOW_PROXY_URL=http://127.0.0.1:18081 GRADFLOW_AFFINITY_SESSIONS=4 \
 *   ./mvnw -q -Pbench -Dbench.main=gradflow.ops.ProxyAffinityCheck
 * </pre>
 *
 * Prints one JSON line per browser context and a last line starting with {@code affinity: PASS} or
 * {@code affinity: FAIL}; exits 1 on failure. Chromium is {@code GRADFLOW_CHROMIUM}, else
 * /usr/bin/chromium.
 */
public final class ProxyAffinityCheck {

  private static final String REPLICA_HEADER = "x-gradflow-replica";
  private static final String REPLICA_COOKIE = "GRADFLOW_REPLICA";

  private ProxyAffinityCheck() {}

  /** What one browser context saw. */
  record Session(
      int number,
      Set<String> replicasSeen,
      int answers,
      String cookie,
      String runId,
      int heatmapUpdates,
      int heatmapElements,
      int pushSockets,
      int pushFrames,
      int sameReplicaGet,
      int otherReplicaGet,
      List<String> consoleErrors) {

    boolean ok(Set<String> allReplicas) {
      return replicasSeen.size() == 1
          && replicasSeen.contains(cookie)
          && heatmapUpdates >= 3
          && sameReplicaGet == 200
          && (allReplicas.size() < 2 || otherReplicaGet == 404)
          && consoleErrors.isEmpty();
    }

    String json() {
      return String.format(
          "{\"session\": %d, \"replica\": \"%s\", \"replicasSeen\": %s, \"answers\": %d,"
              + " \"runId\": \"%s\", \"heatmapUpdates\": %d, \"heatmapElements\": %d,"
              + " \"pushWebSockets\": %d,"
              + " \"pushFramesReceived\": %d, \"runViaItsReplica\": %d,"
              + " \"runViaOtherReplica\": %d, \"consoleErrors\": %d}",
          number,
          cookie,
          replicasSeen.stream().map(r -> "\"" + r + "\"").toList(),
          answers,
          runId,
          heatmapUpdates,
          heatmapElements,
          pushSockets,
          pushFrames,
          sameReplicaGet,
          otherReplicaGet,
          consoleErrors.size());
    }
  }

  public static void main(String[] args) throws Exception {
    String base = System.getenv().getOrDefault("GRADFLOW_PROXY_URL", "http://127.0.0.1:8080");
    int sessions =
        Integer.parseInt(System.getenv().getOrDefault("GRADFLOW_AFFINITY_SESSIONS", "4"));
    String chromium = System.getenv().getOrDefault("GRADFLOW_CHROMIUM", "/usr/bin/chromium");

    var replicasOf = new ConcurrentHashMap<Integer, Set<String>>();
    var answersOf = new ConcurrentHashMap<Integer, Integer>();
    var errorsOf = new ConcurrentHashMap<Integer, List<String>>();
    var socketsOf = new ConcurrentHashMap<Integer, Integer>();
    var framesOf = new ConcurrentHashMap<Integer, Integer>();
    var contexts = new ArrayList<BrowserContext>();
    var pages = new ArrayList<Page>();
    var results = new ArrayList<Session>();
    boolean ok;

    try (Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(java.nio.file.Path.of(chromium))
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--no-first-run")));

      // Every context opens the playground first, one after the other, so that the balancer
      // hands out the replicas in turn; then all of them train at the same time.
      for (int i = 1; i <= sessions; i++) {
        int number = i;
        var context =
            browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("en-US"));
        // Counts the heatmap's updates in the page, over every heatmap element the page has had
        // (Vaadin may draw the view anew, e.g. after resynchronising), and those elements.
        context.addInitScript(
            "window.__gfUpdates = 0; window.__gfElements = new Set();"
                + " document.addEventListener('chart-updated', e => {"
                + "   if (e.target.id === 'gradient-heatmap') {"
                + "     window.__gfUpdates++; window.__gfElements.add(e.target); } }, true);");
        var page = context.newPage();
        page.setDefaultTimeout(180_000);
        replicasOf.put(number, new TreeSet<>());
        errorsOf.put(number, new CopyOnWriteArrayList<>());
        page.onResponse(
            response -> {
              String replica = response.headerValue(REPLICA_HEADER);
              if (replica != null) {
                synchronized (replicasOf) {
                  replicasOf.get(number).add(replica);
                  answersOf.merge(number, 1, Integer::sum);
                }
              }
            });
        page.onConsoleMessage(
            message -> {
              if ("error".equals(message.type())) {
                errorsOf.get(number).add(message.text());
              }
            });
        page.onPageError(error -> errorsOf.get(number).add(error));
        // Vaadin's server push: a WebSocket to /VAADIN/push through the proxy, unless it falls back
        // to long polling.
        page.onWebSocket(
            socket -> {
              if (socket.url().contains("/VAADIN/push")) {
                socketsOf.merge(number, 1, Integer::sum);
                socket.onFrameReceived(frame -> framesOf.merge(number, 1, Integer::sum));
              }
            });
        PlaygroundPage.open(page, base);
        contexts.add(context);
        pages.add(page);
      }
      for (var page : pages) {
        var run = PlaygroundPage.current(page).run();
        run.train();
        run.heatmap();
      }
      // Training side by side: each heatmap must be updated by its own replica, over push. A busy
      // machine (two cores for everything) may take a while.
      for (int i = 0; i < pages.size(); i++) {
        try {
          pages.get(i).waitForFunction("() => window.__gfUpdates > 3");
        } catch (com.microsoft.playwright.PlaywrightException e) {
          System.out.printf(
              "session %d: its heatmap has %d updates after the wait; the page: %s%n",
              i + 1, heatmapUpdates(pages.get(i)), diagnose(pages.get(i)));
        }
      }

      var allReplicas = new TreeSet<String>();
      replicasOf.values().forEach(allReplicas::addAll);
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      for (int i = 0; i < pages.size(); i++) {
        int number = i + 1;
        var page = pages.get(i);
        String cookie =
            contexts.get(i).cookies().stream()
                .filter(c -> REPLICA_COOKIE.equals(c.name))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
        String runId = PlaygroundPage.current(page).run().runId();
        String other =
            allReplicas.stream().filter(r -> !r.equals(cookie)).findFirst().orElse(cookie);
        int same = getRun(http, base, runId, cookie);
        int elsewhere = getRun(http, base, runId, other);
        int updates = heatmapUpdates(page);
        int elements = ((Number) page.evaluate("() => window.__gfElements.size")).intValue();
        Set<String> seen;
        synchronized (replicasOf) {
          seen = new TreeSet<>(replicasOf.get(number));
        }
        results.add(
            new Session(
                number,
                seen,
                answersOf.getOrDefault(number, 0),
                cookie,
                runId,
                updates,
                elements,
                socketsOf.getOrDefault(number, 0),
                framesOf.getOrDefault(number, 0),
                same,
                elsewhere,
                List.copyOf(errorsOf.get(number))));
      }
      // Closing a page stops its run.
      for (var context : contexts) {
        context.close();
      }
      browser.close();

      results.forEach(r -> System.out.println(r.json()));
      results.forEach(
          r -> r.consoleErrors().forEach(e -> System.out.println("console error: " + e)));
      ok = results.stream().allMatch(r -> r.ok(allReplicas)) && allReplicas.size() >= 2;
      long perReplica = results.stream().map(Session::cookie).distinct().count();
      System.out.printf(
          "affinity: %s: %d browser sessions trained through the proxy at once, %d replicas"
              + " served them (%s), each session always the same one%n",
          ok ? "PASS" : "FAIL", results.size(), perReplica, allReplicas);
    }
    System.exit(ok ? 0 : 1);
  }

  private static int heatmapUpdates(Page page) {
    return ((Number) page.evaluate("() => window.__gfUpdates")).intValue();
  }

  /** What the page shows and whether its heatmap waits for a frame, when its updates stall. */
  private static Object diagnose(Page page) {
    return page.evaluate(
        "async () => { const el = document.querySelector('gradflow-chart#gradient-heatmap');"
            + " const status = document.querySelector('#run-status');"
            + " const frame = await Promise.race([new Promise(r => requestAnimationFrame(() => r('fires'))),"
            + "   new Promise(r => setTimeout(() => r('does not fire within 2 s'), 2000))]);"
            + " return JSON.stringify({status: status && status.innerText,"
            + "   visibility: document.visibilityState, hasFocus: document.hasFocus(),"
            + "   timerPending: el && el._timer !== null, dataPending: el && el._pendingData !== null,"
            + "   updateCount: el && el.updateCount, heatmapElements: window.__gfElements.size,"
            + "   caption: (document.querySelector('#gradient-heatmap-caption') || {}).innerText,"
            + "   charts: [...document.querySelectorAll('gradflow-chart')]"
            + "     .map(c => c.id + ' ' + c.updateCount).join(', '),"
            + "   animationFrame: frame}); }");
  }

  /** GET /api/runs/{id} through the proxy, forced to a replica by its cookie. */
  private static int getRun(HttpClient http, String base, String runId, String replica)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + "/api/runs/" + runId))
            .header("Cookie", REPLICA_COOKIE + "=" + replica)
            .timeout(Duration.ofSeconds(10))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
