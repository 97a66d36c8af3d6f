package gradflow.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's server programs on this machine, and the operating-system user that runs them.
 * PostgreSQL refuses to run as root, and the tests run as root in CI and in containers: there the
 * programs run through {@code runuser} as the {@code postgres} account that Debian's package
 * creates, or, where there is none, as a system account {@value #OWN_USER} made for the purpose. As
 * any other user they run as that user.
 *
 * @param bin the folder holding initdb, pg_ctl and postgres
 * @param user the account to run them as, or null for the current one
 */
record PostgresInstall(Path bin, String user) {
  static final String OWN_USER = "gradflow-pg";

  private static final String HOW_TO_INSTALL =
      "The PostgreSQL tests start their own PostgreSQL server and need its programs (initdb, pg_ctl,"
          + " postgres). Install them (Debian: apt-get install postgresql; bin/test does this"
          + " when it runs as root), or set GRADFLOW_POSTGRES_BIN to the folder that holds them."
          + " To skip these tests on a machine without PostgreSQL, set"
          + " GRADFLOW_POSTGRES_TESTS=skip (CI never does).";

  /**
   * Finds the programs: {@code GRADFLOW_POSTGRES_BIN}, else the newest Debian version under
   * /usr/lib/postgresql, else the PATH.
   *
   * @throws IllegalStateException saying what to install when there are none
   */
  static PostgresInstall find() {
    Path bin =
        configuredBin()
            .or(PostgresInstall::newestDebianBin)
            .or(PostgresInstall::binOnPath)
            .orElseThrow(() -> new IllegalStateException(HOW_TO_INSTALL));
    if (!hasPrograms(bin)) {
      throw new IllegalStateException(bin + " lacks initdb, pg_ctl or postgres. " + HOW_TO_INSTALL);
    }
    return new PostgresInstall(bin, isRoot() ? unprivilegedUser() : null);
  }

  /** The command line that runs one of the programs as {@link #user}. */
  List<String> command(String program, String... args) {
    List<String> command = new ArrayList<>();
    if (user != null) {
      command.addAll(List.of("runuser", "-u", user, "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(Arrays.asList(args));
    return command;
  }

  /** Makes a folder this install's user owns, so that its programs may write there. */
  void own(Path folder) throws IOException {
    if (user != null) {
      run(List.of("chown", "-R", user + ":", folder.toString()), folder.getParent());
    }
  }

  /** Whether the install's user may write to a folder, i.e. reach it through its parents too. */
  boolean canWrite(Path folder) throws IOException {
    if (user == null) {
      return Files.isWritable(folder);
    }
    try {
      run(List.of("runuser", "-u", user, "--", "test", "-w", folder.toString()), folder);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /**
   * Runs a command to its end in a folder, answering what it printed.
   *
   * @throws IllegalStateException with that output when it fails or hangs
   */
  static String run(List<String> command, Path workingDir) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectErrorStream(true)
            .start();
    try {
      // Read before waiting: a full pipe would block the program.
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  private static Optional<Path> configuredBin() {
    String configured = System.getenv("GRADFLOW_POSTGRES_BIN");
    return configured == null || configured.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(configured));
  }

  private static Optional<Path> newestDebianBin() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+"))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .filter(PostgresInstall::hasPrograms);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> binOnPath() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .filter(dir -> !dir.isEmpty())
        .map(Path::of)
        .filter(PostgresInstall::hasPrograms)
        .findFirst();
  }

  private static boolean hasPrograms(Path bin) {
    return Stream.of("initdb", "pg_ctl", "postgres")
        .allMatch(program -> Files.isExecutable(bin.resolve(program)));
  }

  private static boolean isRoot() {
    try {
      return run(List.of("id", "-u"), Path.of(".")).strip().equals("0");
    } catch (IOException e) {
      throw new IllegalStateException("could not tell whether the tests run as root", e);
    }
  }

  private static String unprivilegedUser() {
    try {
      if (accountExists("postgres")) {
        return "postgres";
      }
      if (!accountExists(OWN_USER)) {
        run(
            List.of(
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                OWN_USER),
            Path.of("."));
      }
      return OWN_USER;
    } catch (IOException | IllegalStateException e) {
      throw new IllegalStateException(
          "PostgreSQL does not run as root, and the tests found no postgres account and could not"
              + " create "
              + OWN_USER
              + " (useradd). Create an unprivileged account named postgres.",
          e);
    }
  }

  private static boolean accountExists(String name) throws IOException {
    try {
      run(List.of("id", "-u", name), Path.of("."));
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }
}
