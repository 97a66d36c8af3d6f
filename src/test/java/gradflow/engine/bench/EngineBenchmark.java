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
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * The engine's speed on the adding problem's shapes (input 2, output 1, MSE at the last step),
 * batch 32, Adam, clipNorm 1, like ../shared/bench/numpy_reference.py. Prints one JSON line per
 * config on stdout, everything else on stderr. Run by {@code ./mvnw -q -Pbench}; arguments: {@code
 * --steps N} (timed steps, default 30), {@code --warmup N} (untimed steps first, for the JIT,
 * default 40, and at least 2 s), {@code --only lstm:64:100}.
 *
 * <p>ms_per_step includes drawing the batch, as in the numpy peer; bytes_per_step counts only what
 * {@link Trainer#step} allocates (ThreadMXBean), the engine's own share.
 */
public final class EngineBenchmark {

  record Config(String cell, int hidden, int length) {}

  static final List<Config> CONFIGS =
      List.of(
          new Config("rnn", 64, 100),
          new Config("lstm", 64, 100),
          new Config("rnn", 32, 50),
          new Config("lstm", 32, 50));

  public static void main(String[] args) {
    int steps = 30;
    int warmup = 40;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--steps" -> steps = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (Config c : CONFIGS) {
      if (only != null && !only.equals(c.cell() + ":" + c.hidden() + ":" + c.length())) {
        continue;
      }
      run(c, steps, warmup, mx);
    }
  }

  static void run(Config c, int steps, int warmup, com.sun.management.ThreadMXBean mx) {
    int batch = 32;
    LayerConfig layer =
        c.cell().equals("lstm")
            ? LayerConfig.lstm(c.hidden(), true, 1.0)
            : LayerConfig.rnn(c.hidden(), Activation.TANH);
    InitScheme init = c.cell().equals("lstm") ? InitScheme.XAVIER : InitScheme.ORTHOGONAL;
    NetworkConfig config =
        NetworkConfig.of(2, 1, List.of(layer), ConnectionKind.PLAIN, init, null, 1);
    Trainer trainer =
        new Trainer(new Network(config), OptimizerConfig.adam(1e-3), Clipping.norm(1.0));
    SplittableRandom rng = new SplittableRandom(1);
    // Warm up for the JIT: at least `warmup` steps and at least two seconds, since C2 compiles the
    // Vector
    // API kernels late on a busy machine and boxes vectors until it has.
    long warmEnd = System.nanoTime() + 2_000_000_000L;
    for (int s = 0; s < warmup || System.nanoTime() < warmEnd; s++) {
      trainer.step(adding(rng, c.length(), batch));
    }
    long bytes = 0;
    double loss = 0;
    long t0 = System.nanoTime();
    for (int s = 0; s < steps; s++) {
      Batch b = adding(rng, c.length(), batch);
      long a0 = mx.getCurrentThreadAllocatedBytes();
      StepReport r = trainer.step(b);
      bytes += mx.getCurrentThreadAllocatedBytes() - a0;
      loss += r.loss();
    }
    double ms = (System.nanoTime() - t0) / 1e6 / steps;
    System.err.printf(
        Locale.ROOT,
        "%s H%d T%d: mean loss %.4f over the timed steps%n",
        c.cell(),
        c.hidden(),
        c.length(),
        loss / steps);
    System.out.printf(
        Locale.ROOT,
        "{\"impl\": \"gradflow\", \"cell\": \"%s\", \"hidden\": %d, \"length\": %d, \"batch\": %d, \"steps\": %d, "
            + "\"ms_per_step\": %.3f, \"bytes_per_step\": %d}%n",
        c.cell(),
        c.hidden(),
        c.length(),
        batch,
        steps,
        ms,
        bytes / steps);
    probeCost(c, trainer, rng, batch, ms);
  }

  /**
   * What a probe adds to a step, with and without the derivations' quantities: probed steps taken
   * in turns, basic and full, each timed by the trainer's own probe clock (the pass itself is the
   * step's). Shares are of the plain step time measured just before.
   */
  static void probeCost(Config c, Trainer trainer, SplittableRandom rng, int batch, double stepMs) {
    int rounds = 10;
    int warm = 30;
    long basic = 0;
    long full = 0;
    // Probes run every tenth step or so: their code needs warming up for the JIT like the step's.
    for (int s = 0; s < warm; s++) {
      trainer.derivations(s % 2 == 1);
      trainer.step(adding(rng, c.length(), batch), true);
    }
    for (int s = 0; s < 2 * rounds; s++) {
      boolean withDerivations = s % 2 == 1;
      trainer.derivations(withDerivations);
      trainer.step(adding(rng, c.length(), batch), true);
      if (withDerivations) {
        full += trainer.lastProbeNanos();
      } else {
        basic += trainer.lastProbeNanos();
      }
    }
    trainer.derivations(true);
    double basicMs = basic / 1e6 / rounds;
    double fullMs = full / 1e6 / rounds;
    System.out.printf(
        Locale.ROOT,
        "{\"impl\": \"gradflow\", \"probe\": true, \"cell\": \"%s\", \"hidden\": %d, \"length\": %d, "
            + "\"batch\": %d, \"ms_per_step\": %.3f, \"ms_probe_basic\": %.3f, \"ms_probe_full\": %.3f, "
            + "\"derivations_share_of_step\": %.3f, \"probe_share_of_step\": %.3f}%n",
        c.cell(),
        c.hidden(),
        c.length(),
        batch,
        stepMs,
        basicMs,
        fullMs,
        (fullMs - basicMs) / stepMs,
        fullMs / stepMs);
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
