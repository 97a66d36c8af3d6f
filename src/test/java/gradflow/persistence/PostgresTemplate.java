package gradflow.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of one test JVM's PostgreSQL servers, {@code target/postgres/run-<pid>}, and the
 * cluster that initdb made there once, which each server starts from a copy of.
 *
 * @param install the programs and the account that runs them
 * @param folder the JVM's folder, owned by that account
 * @param password the login password of {@link PrivatePostgres#USER}
 * @param initdbMillis how long initdb took
 */
record PostgresTemplate(PostgresInstall install, Path folder, String password, long initdbMillis) {

  /**
   * Stops what earlier, killed runs left under {@code root}, then runs initdb in a new folder.
   *
   * @throws IllegalStateException saying what to install when there is no PostgreSQL
   */
  static PostgresTemplate create(Path root) throws IOException {
    PostgresInstall install = PostgresInstall.find();
    stopLeftovers(root, install);
    Path folder = root.resolve("run-" + ProcessHandle.current().pid());
    Files.createDirectories(folder);
    install.own(folder);
    if (!install.canWrite(folder)) {
      // A clone under a home that only root may enter (/root): the account cannot reach target/.
      PrivatePostgres.deleteTree(folder);
      folder = Files.createTempDirectory("gradflow-postgres-");
      install.own(folder);
    }
    String password = PrivatePostgres.randomPassword();
    Path passwordFile = folder.resolve("password");
    Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
    install.own(passwordFile);
    long start = System.nanoTime();
    Path template = folder.resolve("template");
    PostgresInstall.run(
        install.command(
            "initdb",
            "-D",
            template.toString(),
            "-U",
            PrivatePostgres.USER,
            "--pwfile=" + passwordFile,
            "--auth=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
            // Only initdb's own final fsync; the server keeps fsync on, which the crash test needs.
            "--no-sync"),
        folder);
    long initdbMillis = (System.nanoTime() - start) / 1_000_000;
    Files.delete(passwordFile);
    // TCP on the loopback address only; no Unix socket, whose default folder belongs to the
    // machine's own PostgreSQL.
    Files.writeString(
        template.resolve("postgresql.conf"),
        "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return new PostgresTemplate(install, folder, password, initdbMillis);
  }

  /** A fresh cluster, copied from the template, owner and permissions included. */
  Path copy(String name) throws IOException {
    Path data = folder.resolve(name);
    PostgresInstall.run(
        List.of("cp", "-a", folder.resolve("template").toString(), data.toString()), folder);
    return data;
  }

  void delete() {
    PrivatePostgres.deleteTree(folder);
  }

  /** Servers of runs whose JVM is gone (killed before its shutdown hook ran), and their folders. */
  private static void stopLeftovers(Path root, PostgresInstall install) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> runs = Files.list(root)) {
      for (Path run : runs.filter(PostgresTemplate::isLeftover).toList()) {
        try (Stream<Path> clusters = Files.list(run)) {
          for (Path cluster : clusters.toList()) {
            if (Files.exists(cluster.resolve("postmaster.pid"))) {
              try {
                PostgresInstall.run(
                    install.command("pg_ctl", "stop", "-m", "immediate", "-D", cluster.toString()),
                    run);
              } catch (IllegalStateException alreadyGone) {
                // A stale pid file of a server that is no longer running: nothing to stop.
              }
            }
          }
        }
        PrivatePostgres.deleteTree(run);
      }
    }
  }

  private static boolean isLeftover(Path run) {
    String name = run.getFileName().toString();
    if (!name.matches("run-\\d+")) {
      return false;
    }
    long pid = Long.parseLong(name.substring(4));
    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }
}
