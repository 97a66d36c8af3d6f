package gradflow.engine.bench;

import gradflow.engine.Activation;
import gradflow.engine.Batch;
import gradflow.engine.Clipping;
import gradflow.engine.ConnectionKind;
import gradflow.engine.InitScheme;
import gradflow.engine.LayerConfig;
import gradflow.engine.Network;
import gradflow.engine.NetworkConfig;
import gradflow.engine.OptimizerConfig;
import gradflow.engine.StepReport;
import gradflow.engine.Trainer;
import gradflow.task.Task;
import gradflow.task.TaskKind;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;

/**
 * The engine's speed on the adding problem's shapes (input 2, output 1, MSE at the last step),
 * batch 32, Adam, clipNorm 1, like ../shared/bench/numpy_reference.py, for rnn, lstm and gru
 * layers; and on the depth lesson's shapes: 30 plain tanh dense layers of width 16 on the spirals
 * task (T = 1, input 2, 2 classes, cross-entropy), batch 64, drawn by GradFlow's own {@link
 * TaskKind#SPIRALS} task. Prints one JSON line per config on stdout, everything else on stderr. Run
 * by {@code ./mvnw -q -Pbench}; arguments (also through {@code -Dbench.args="..."}): {@code --steps
 * N} (timed steps, default 30; the largest configs time fewer, see {@link Config#maxSteps}), {@code
 * --warmup N} (untimed steps first, for the JIT, default 40, and at least 2 s), {@code --only
 * lstm:64:100} (cell:hidden:length, comma-separated for several; the dense stack is {@code
 * dense:16:1}), {@code --no-probe} (skip the probe-cost lines, as bench/compare.sh does), {@code
 * --list} (print the config names and stop).
 *
 * <p>ms_per_step includes drawing the batch, as in the numpy peer; bytes_per_step counts only what
 * {@link Trainer#step} allocates (ThreadMXBean), the engine's own share.
 */
public final class EngineBenchmark {

  /**
   * One benchmark config.
   *
   * @param layers the number of stacked layers (1 except the dense stack)
   * @param maxSteps at most this many timed steps, whatever {@code --steps} asks, so that the
   *     largest configs keep the whole run short
   */
  record Config(String cell, int hidden, int length, int layers, int batch, int maxSteps) {
    Config(String cell, int hidden, int length) {
      this(cell, hidden, length, 1, 32, Integer.MAX_VALUE);
    }

    String name() {
      return cell + ":" + hidden + ":" + length;
    }
  }

  static final List<Config> CONFIGS =
      List.of(
          new Config("rnn", 64, 100),
          new Config("lstm", 64, 100),
          new Config("rnn", 32, 50),
          new Config("lstm", 32, 50),
          new Config("gru", 64, 100),
          new Config("lstm", 128, 100, 1, 32, 20),
          new Config("lstm", 256, 100, 1, 32, 10),
          new Config("dense", 16, 1, 30, 64, Integer.MAX_VALUE));

  public static void main(String[] args) {
    // -Dbench.args="--only lstm:64:100" reaches here as one argument (or an empty one): split it.
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      for (String word : arg.trim().split("\\s+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    int steps = 30;
    int warmup = 40;
    Set<String> only = null;
    boolean probe = true;
    for (int i = 0; i < words.size(); i++) {
      switch (words.get(i)) {
        case "--steps" -> steps = Integer.parseInt(words.get(++i));
        case "--warmup" -> warmup = Integer.parseInt(words.get(++i));
        case "--only" -> only = Set.copyOf(Arrays.asList(words.get(++i).split(",")));
        case "--no-probe" -> probe = false;
        case "--list" -> {
          CONFIGS.forEach(c -> System.out.println(c.name()));
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + words.get(i));
      }
    }
    if (only != null) {
      for (String name : only) {
        if (CONFIGS.stream().noneMatch(c -> c.name().equals(name))) {
          throw new IllegalArgumentException(
              "unknown config " + name + "; --list prints the config names");
        }
      }
    }
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (Config c : CONFIGS) {
      if (only != null && !only.contains(c.name())) {
        continue;
      }
      run(c, Math.min(steps, c.maxSteps()), warmup, probe, mx);
    }
  }

  static NetworkConfig network(Config c) {
    if (c.cell().equals("dense")) {
      // The depth lesson (deep-skips): plain tanh layers, xavier, spirals' 2 inputs and 2 classes.
      List<LayerConfig> layers = new ArrayList<>();
      for (int l = 0; l < c.layers(); l++) {
        layers.add(LayerConfig.dense(c.hidden(), Activation.TANH));
      }
      return NetworkConfig.of(2, 2, layers, ConnectionKind.PLAIN, InitScheme.XAVIER, null, 1);
    }
    LayerConfig layer =
        switch (c.cell()) {
          case "lstm" -> LayerConfig.lstm(c.hidden(), true, 1.0);
          case "gru" -> LayerConfig.gru(c.hidden());
          default -> LayerConfig.rnn(c.hidden(), Activation.TANH);
        };
    InitScheme init = c.cell().equals("rnn") ? InitScheme.ORTHOGONAL : InitScheme.XAVIER;
    return NetworkConfig.of(2, 1, List.of(layer), ConnectionKind.PLAIN, init, null, 1);
  }

  /**
   * Draws the config's batches: the adding problem as the numpy peer draws it, or GradFlow's own
   * spirals task for the dense stack.
   */
  static Supplier<Batch> batches(Config c) {
    if (c.cell().equals("dense")) {
      Task spirals = TaskKind.SPIRALS.create(c.length());
      long[] step = {0};
      return () -> spirals.batch(c.batch(), 1, step[0]++);
    }
    SplittableRandom rng = new SplittableRandom(1);
    return () -> adding(rng, c.length(), c.batch());
  }

  /** The JSON keys naming a config; "layers" only for the stacks, the older lines unchanged. */
  static String keys(Config c) {
    return String.format(
        Locale.ROOT,
        "\"cell\": \"%s\", \"hidden\": %d, %s\"length\": %d, \"batch\": %d",
        c.cell(),
        c.hidden(),
        c.layers() > 1 ? "\"layers\": " + c.layers() + ", " : "",
        c.length(),
        c.batch());
  }

  static void run(
      Config c, int steps, int warmup, boolean probe, com.sun.management.ThreadMXBean mx) {
    Trainer trainer =
        new Trainer(new Network(network(c)), OptimizerConfig.adam(1e-3), Clipping.norm(1.0));
    Supplier<Batch> draw = batches(c);
    // Warm up for the JIT: at least `warmup` steps and at least two seconds, since C2 compiles the
    // Vector
    // API kernels late on a busy machine and boxes vectors until it has.
    long warmEnd = System.nanoTime() + 2_000_000_000L;
    for (int s = 0; s < warmup || System.nanoTime() < warmEnd; s++) {
      trainer.step(draw.get());
    }
    long bytes = 0;
    double loss = 0;
    long t0 = System.nanoTime();
    for (int s = 0; s < steps; s++) {
      Batch b = draw.get();
      long a0 = mx.getCurrentThreadAllocatedBytes();
      StepReport r = trainer.step(b);
      bytes += mx.getCurrentThreadAllocatedBytes() - a0;
      loss += r.loss();
    }
    double ms = (System.nanoTime() - t0) / 1e6 / steps;
    System.err.printf(
        Locale.ROOT,
        "%s H%d T%d%s: mean loss %.4f over the timed steps%n",
        c.cell(),
        c.hidden(),
        c.length(),
        c.layers() > 1 ? " x" + c.layers() + " layers" : "",
        loss / steps);
    System.out.printf(
        Locale.ROOT,
        "{\"impl\": \"gradflow\", %s, \"steps\": %d, \"ms_per_step\": %.3f, \"bytes_per_step\": %d}%n",
        keys(c),
        steps,
        ms,
        bytes / steps);
    if (probe) {
      probeCost(c, trainer, draw, ms);
    }
  }

  /**
   * What a probe adds to a step, with and without the derivations' quantities: plain, basic-probed
   * and fully probed steps taken in turns, each timed whole, and the probe's cost the difference of
   * medians. The whole step, not the trainer's probe clock: the derivations' cell terms are
   * measured inside the backward pass, before that clock starts. Shares are of the plain step time
   * measured just before.
   */
  static void probeCost(Config c, Trainer trainer, Supplier<Batch> draw, double stepMs) {
    int rounds = Math.max(5, (int) Math.min(15, 1500 / Math.max(1, stepMs)));
    int warm = 30;
    // Probes run every tenth step or so: their code needs warming up for the JIT like the step's.
    for (int s = 0; s < warm; s++) {
      trainer.derivations(s % 2 == 1);
      trainer.step(draw.get(), true);
    }
    long[] plain = new long[rounds];
    long[] basic = new long[rounds];
    long[] full = new long[rounds];
    long[] fullClock = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      plain[r] = timedStep(trainer, draw.get(), false, false);
      basic[r] = timedStep(trainer, draw.get(), true, false);
      full[r] = timedStep(trainer, draw.get(), true, true);
      fullClock[r] = trainer.lastProbeNanos();
    }
    double plainMs = median(plain) / 1e6;
    double basicMs = Math.max(0, median(basic) / 1e6 - plainMs);
    double fullMs = Math.max(0, median(full) / 1e6 - plainMs);
    trainer.derivations(true);
    // A probe that decomposes every recurrent matrix afresh (a measuring probe always does), and
    // how often a run probing every 10 steps does that: the amortized cost of probing.
    long fresh = Long.MAX_VALUE;
    Batch batch = draw.get();
    for (int s = 0; s < 2; s++) {
      trainer.probe(batch);
      fresh = Math.min(fresh, trainer.lastProbeNanos());
    }
    double freshMs = fresh / 1e6;
    // What decomposing afresh adds to a probe that reuses earlier eigenvalues (same probe clock).
    double eigMs = Math.max(0, freshMs - median(fullClock) / 1e6);
    int probeEvery = 10;
    int spectraEvery = trainer.spectraEvery(batch, probeEvery);
    int derivationsEvery = trainer.derivationsEvery(probeEvery);
    double perProbe = basicMs + (fullMs - basicMs) / derivationsEvery + eigMs / spectraEvery;
    System.out.printf(
        Locale.ROOT,
        "{\"impl\": \"gradflow\", \"probe\": true, %s, \"ms_per_step\": %.3f, \"ms_plain_step_here\": %.3f, \"ms_probe_basic\": %.3f, "
            + "\"ms_probe_full\": %.3f, \"derivations_share_of_step\": %.3f, \"ms_fresh_spectra\": %.3f, "
            + "\"spectra_every_probes\": %d, \"derivations_every_probes\": %d, "
            + "\"probe_share_at_probe_every_10\": %.3f}%n",
        keys(c),
        stepMs,
        plainMs,
        basicMs,
        fullMs,
        (fullMs - basicMs) / plainMs,
        eigMs,
        spectraEvery,
        derivationsEvery,
        perProbe / (probeEvery * plainMs));
  }

  /** One step's wall-clock nanoseconds, probed or not, with or without the derivations. */
  static long timedStep(Trainer trainer, Batch batch, boolean probe, boolean derivations) {
    trainer.derivations(derivations);
    long start = System.nanoTime();
    trainer.step(batch, probe);
    return System.nanoTime() - start;
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** The adding problem (Hochreiter and Schmidhuber 1997), drawn as numpy_reference.py does. */
  static Batch adding(SplittableRandom rng, int T, int B) {
    DMatrixRMaj[] x = new DMatrixRMaj[T];
    for (int t = 0; t < T; t++) {
      x[t] = new DMatrixRMaj(B, 2);
    }
    DMatrixRMaj y = new DMatrixRMaj(B, 1);
    int half = T / 2;
    for (int b = 0; b < B; b++) {
      int first = rng.nextInt(half);
      int second = half + rng.nextInt(T - half);
      for (int t = 0; t < T; t++) {
        double v = rng.nextDouble();
        boolean marked = t == first || t == second;
        x[t].set(b, 0, v);
        x[t].set(b, 1, marked ? 1.0 : 0.0);
        if (marked) {
          y.data[b] += v;
        }
      }
    }
    return new Batch(x, new Batch.Regression(new int[] {T - 1}, new DMatrixRMaj[] {y}));
  }
}
