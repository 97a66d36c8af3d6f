package gradflow.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of the test JVM's own: a cluster in a private folder under {@code
 * target/postgres/}, listening on a free port of 127.0.0.1 only, with password (SCRAM) login for a
 * user {@value #USER} whose password is drawn afresh for each JVM.
 *
 * <p>The JVM runs initdb once, into a template, and every server starts on a copy of it, so that
 * {@link #shared()} (for all the tests of a run) and each {@link #startAnother} (for a test that
 * crashes its server) cost a start of about a tenth of a second, not another initdb. A shutdown
 * hook stops them all and deletes the folder; a run that was killed before its hook could run
 * leaves servers behind, which the next run stops.
 */
final class PrivatePostgres {
  static final String USER = "gradflow";

  private static final Path ROOT = Path.of("target", "postgres").toAbsolutePath();
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final List<PrivatePostgres> STARTED = new CopyOnWriteArrayList<>();
  private static PostgresTemplate template;
  private static PrivatePostgres shared;

  private final Path data;
  private final int port;

  private PrivatePostgres(Path data, int port) {
    this.data = data;
    this.port = port;
  }

  /** The server all tests of this JVM share, started on first use. */
  static synchronized PrivatePostgres shared() {
    if (shared == null) {
      shared = startAnother("shared");
    }
    return shared;
  }

  /** A server of its own, for a test that must not disturb the others. */
  static synchronized PrivatePostgres startAnother(String name) {
    try {
      if (template == null) {
        template = PostgresTemplate.create(ROOT);
        Runtime.getRuntime().addShutdownHook(new Thread(PrivatePostgres::stopAll, "stop-postgres"));
      }
      Path data = template.copy(name);
      // Another process may take a free port before the server binds it; then try another.
      for (int attempt = 1; ; attempt++) {
        var server = new PrivatePostgres(data, freePort());
        try {
          long start = System.nanoTime();
          server.start();
          System.err.printf(
              "gradflow: PostgreSQL '%s' up on 127.0.0.1:%d in %d ms (initdb %d ms, once)%n",
              name, server.port, (System.nanoTime() - start) / 1_000_000, template.initdbMillis());
          STARTED.add(server);
          return server;
        } catch (IllegalStateException e) {
          if (attempt == 3) {
            throw e;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of a new, empty database on this server, as Flyway finds a fresh install. */
  String newDatabase() {
    String name = "gradflow_" + DATABASES.incrementAndGet();
    try (var admin = DriverManager.getConnection(url("postgres"), USER, password());
        var statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name + " on " + this, e);
    }
    return url(name);
  }

  /** Spring's datasource properties for a database of this server, as an instructor sets them. */
  Map<String, String> datasource(String jdbcUrl) {
    return Map.of(
        "spring.datasource.url", jdbcUrl,
        "spring.datasource.username", USER,
        "spring.datasource.password", password());
  }

  /** The same, as command-line arguments, which win over every properties file. */
  String[] datasourceArgs(String jdbcUrl) {
    return datasource(jdbcUrl).entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  String password() {
    return template.password();
  }

  /**
   * Kills every process of the server with SIGKILL at once, as a power cut would: no checkpoint, no
   * shutdown; the next start has to recover from the write-ahead log.
   */
  void crash() throws IOException {
    long pid =
        Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    // Listed first: once the postmaster is gone its backends are no longer its descendants.
    List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
    all.addFirst(postmaster);
    all.forEach(ProcessHandle::destroyForcibly);
    all.forEach(p -> p.onExit().join());
  }

  /** Starts the server again on its folder and port, e.g. after {@link #crash()}. */
  void start() {
    try {
      PostgresInstall.run(
          template
              .install()
              .command(
                  "pg_ctl",
                  "start",
                  "-w",
                  "-t",
                  "60",
                  "-D",
                  data.toString(),
                  "-l",
                  log().toString(),
                  "-o",
                  "-p " + port),
          data.getParent());
    } catch (IOException | IllegalStateException e) {
      throw new IllegalStateException(
          "PostgreSQL did not start on port " + port + ":\n" + e.getMessage() + "\n" + logText(),
          e);
    }
  }

  void stop() {
    try {
      PostgresInstall.run(
          template.install().command("pg_ctl", "stop", "-w", "-m", "fast", "-D", data.toString()),
          data.getParent());
    } catch (IOException | IllegalStateException e) {
      System.err.println("gradflow: could not stop PostgreSQL in " + data + ": " + e.getMessage());
    }
    STARTED.remove(this);
  }

  /** What the server wrote to its log so far. */
  String logText() {
    try {
      return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private Path log() {
    return data.resolveSibling(data.getFileName() + ".log");
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public String toString() {
    return "PostgreSQL on 127.0.0.1:" + port + " in " + data;
  }

  private static void stopAll() {
    STARTED.forEach(PrivatePostgres::stop);
    template.delete();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Deletes a folder tree, deepest first. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("gradflow: could not delete " + root + ": " + e.getMessage());
    }
  }

  static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
