package gradflow.engine;

import java.util.Optional;

/**
 * Trains a {@link Network}: forward, backpropagation through time, clipping, update; optionally a
 * {@link Probe} read off the same pass. A non-finite loss or gradient stops training as "diverged
 * at step k" without an update and without an exception; later calls to {@link #step} do nothing
 * and report the divergence again, and {@link #lastFiniteProbe()} keeps the last finite probe.
 *
 * <p>Not thread-safe. Deterministic: the same network config, data and settings give bit-identical
 * results on one machine.
 *
 * <h2>Driving it</h2>
 *
 * <pre>{@code
 * NetworkConfig config = NetworkConfig.of(task.inputSize(), task.outputSize(),
 *     List.of(LayerConfig.rnn(32, Activation.TANH), LayerConfig.lstm(32, true, 1.0)),
 *     ConnectionKind.PLAIN, InitScheme.ORTHOGONAL, 0.9, seed);     // spectralRadius may be null
 * Trainer trainer = new Trainer(new Network(config), OptimizerConfig.adam(1e-3), Clipping.norm(1.0));
 * for (int step = 0; step < steps && !trainer.diverged(); step++) {
 *   StepReport r = trainer.step(task.batch(step), step % probeEvery == 0);   // probe of this very step
 *   publish(r.loss(), r.probe());                                            // probe null when not asked
 * }
 * if (steps == 0) publish(trainer.probe(task.batch(0)));                     // measure only, no update
 * trainer.divergence().ifPresent(msg -> ...);   // "diverged at step k: ..."; trainer.lastFiniteProbe()
 * }</pre>
 *
 * <h2>Conventions</h2>
 *
 * Row vectors: a step's states are (batch x hidden) matrices and z_t = x_t Wx + h_{t−1} Wh + b;
 * sequences are stacked by time into (T·batch x n) matrices. Initial states are zero. Each cell and
 * connection class cites its paper and numbers its equations; the code under each equation comment
 * computes it. The hot products and activations go through {@code Kernels}: the JDK Vector API when
 * {@code jdk.incubator.vector} is loaded ({@code --add-modules jdk.incubator.vector}), plain Java
 * otherwise.
 */
public final class Trainer {
  private final Network network;
  private final Optimizer optimizer;
  private final Clipping clipping;
  private int steps;
  private String divergence;
  private Probe lastFiniteProbe;
  private long lastProbeNanos;
  private Spectrum[][] lastSpectra;
  private int lastSpectraStep;
  private int probesSinceSpectra;
  private double[] lastSpectraNorms;
  private Probe lastDerivations;
  private int probesSinceDerivations;
  private int stepsSinceProbe;

  /**
   * The share of training time that the probes' eigendecompositions may take, amortized over the
   * steps between probes: a probe decomposes the recurrent matrices again only every so many probes
   * (by {@link Network#spectraInSteps}) and carries the last ones meanwhile, with their step. With
   * the derivations' {@link #DERIVATIONS_BUDGET} and the rest of the probe (up to 4 % of a small
   * RNN's training time at a probe every 10 steps), a probe then stays within a tenth of it.
   */
  static final double SPECTRA_BUDGET = 0.02;

  /** The share of training time that measuring the derivations may take, amortized like spectra. */
  static final double DERIVATIONS_BUDGET = 0.05;

  public Trainer(Network network, OptimizerConfig optimizer, Clipping clipping) {
    this.network = network;
    this.optimizer = Optimizer.create(optimizer, network.params);
    this.clipping = clipping == null ? Clipping.NONE : clipping;
  }

  public Network network() {
    return network;
  }

  /**
   * Stops the step under way (from any thread) within a time step: it throws {@link
   * StepInterrupted}, and so does every later step. For a cancel that must not wait for the end of
   * a step that lasts many seconds.
   */
  public void interrupt() {
    network.interrupt();
  }

  /** The number of updates made so far: the number of the next step. */
  public int stepsTaken() {
    return steps;
  }

  public boolean diverged() {
    return divergence != null;
  }

  /** "diverged at step k: …" once diverged. */
  public Optional<String> divergence() {
    return Optional.ofNullable(divergence);
  }

  /**
   * Whether probes measure the derivations' quantities (the LSTM cell terms, the step Jacobian,
   * each step's share of dL/dW_h, the eigen-modes, the depth gains); on by default. Off, those
   * fields of the probe are null and a probe costs what it did before them: for a benchmark, or a
   * network so large that they would slow it down.
   */
  public Trainer derivations(boolean on) {
    network.derivations = on;
    return this;
  }

  /** How long the last probe took to record (eigenvalues, norms, grids), in nanoseconds. */
  public long lastProbeNanos() {
    return lastProbeNanos;
  }

  /** The last probe whose numbers were all finite. */
  public Optional<Probe> lastFiniteProbe() {
    return Optional.ofNullable(lastFiniteProbe);
  }

  /**
   * The last probe's eigenvalues when decomposing again now would take more than {@link
   * #SPECTRA_BUDGET} of the training time since; null when it is time for new ones.
   */
  private Spectrum[][] spectraToReuse(Batch batch) {
    if (lastSpectra == null || moved(lastSpectraNorms, network.recurrentNorms())) {
      return null;
    }
    return probesSinceSpectra + 1 < spectraEvery(batch, stepsSinceProbe) ? lastSpectra : null;
  }

  /**
   * How far a recurrent matrix's norm may drift from the one whose eigenvalues a probe carries
   * before they are computed afresh whatever the budget: training moves it by a few to some tens of
   * percent over hundreds of steps, an exploding run by orders of magnitude within ten (lesson 3's
   * spectral radius leaves 2 for the thousands), and that is what the eigenvalue chart must show
   * when it happens.
   */
  static final double SPECTRA_NORM_DRIFT = 0.5;

  /** Whether any layer's recurrent norm has drifted beyond {@link #SPECTRA_NORM_DRIFT}. */
  static boolean moved(double[] then, double[] now) {
    for (int l = 0; l < now.length; l++) {
      if (!(Math.abs(now[l] - then[l]) <= SPECTRA_NORM_DRIFT * then[l])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every how many probes the recurrent matrices are decomposed, for batches like this one and a
   * probe every {@code stepsPerProbe} steps: 1 for small networks, more where decomposing would
   * take more than {@link #SPECTRA_BUDGET} of the training time in between.
   */
  public int spectraEvery(Batch batch, int stepsPerProbe) {
    double cost = network.spectraInSteps(batch.length(), batch.batchSize());
    return Math.max(1, (int) Math.ceil(cost / (SPECTRA_BUDGET * Math.max(1, stepsPerProbe))));
  }

  /**
   * Every how many probes the derivations' quantities are measured with a probe every {@code
   * stepsPerProbe} steps, so that they take at most {@link #DERIVATIONS_BUDGET} of the training
   * time (by {@link Network#derivationsInSteps}): e.g. every second probe of an LSTM probed every
   * 10 steps, every probe of one probed every 20; the probes between carry the last measured ones,
   * with their step.
   */
  public int derivationsEvery(int stepsPerProbe) {
    double cost = network.derivationsInSteps();
    return Math.max(
        1, (int) Math.ceil(cost / (DERIVATIONS_BUDGET * Math.max(1, stepsPerProbe)) - 1e-9));
  }

  /** The last measured derivations when measuring again now is not due; null when it is. */
  private Probe derivationsToReuse() {
    if (lastDerivations == null || !network.derivations) {
      return null;
    }
    return probesSinceDerivations + 1 < derivationsEvery(stepsSinceProbe) ? lastDerivations : null;
  }

  /** One training step on the batch, without a probe. */
  public StepReport step(Batch batch) {
    return step(batch, false);
  }

  /**
   * One training step on the batch; with {@code probe} the report carries a probe of this step's
   * own pass, taken before clipping and update (so the trajectory is the same with or without it).
   *
   * @throws IllegalArgumentException if the batch does not fit the network
   */
  public StepReport step(Batch batch, boolean probe) {
    return run(batch, probe, true);
  }

  /** The loss on the batch, forward only: nothing is trained or measured. */
  public double loss(Batch batch) {
    return network.forward(batch);
  }

  /**
   * Measures the batch without training (training.steps = 0): forward, backward and a probe, no
   * update.
   */
  public Probe probe(Batch batch) {
    return run(batch, true, false).probe();
  }

  private StepReport run(Batch batch, boolean wantProbe, boolean update) {
    if (divergence != null && update) {
      return new StepReport(
          steps, Double.NaN, Double.NaN, Double.NaN, false, true, divergence, null);
    }
    int k = steps;
    if (update) {
      stepsSinceProbe++;
    }
    network.zeroGrad();
    double loss = network.forward(batch);
    if (!Double.isFinite(loss)) {
      if (update) {
        divergence = "diverged at step " + k + ": the loss is " + loss;
      }
      return new StepReport(k, loss, Double.NaN, Double.NaN, false, update, divergence, null);
    }
    Probe carried = wantProbe && update ? derivationsToReuse() : null;
    network.backward(wantProbe && network.derivations && carried == null);
    double before = Param.gradNorm(network.params);
    double[] weightGrad = null;
    double readoutGrad = 0;
    long probeStart = wantProbe ? System.nanoTime() : 0;
    if (wantProbe) {
      weightGrad = new double[network.depth()];
      for (int l = 0; l < weightGrad.length; l++) {
        weightGrad[l] = Param.gradNorm(network.layerParams.get(l));
      }
      readoutGrad = Param.gradNorm(network.readout.params());
    }
    boolean finite = Double.isFinite(before);
    boolean clipped = false;
    double after = before;
    if (finite && update) {
      clipped = clipping.apply(network.params, before);
      after = clipped ? Param.gradNorm(network.params) : before;
    }
    Spectrum[][] earlier = wantProbe && update ? spectraToReuse(batch) : null;
    Probe probe =
        wantProbe
            ? ProbeRecorder.record(
                network,
                k,
                loss,
                before,
                after,
                clipped,
                weightGrad,
                readoutGrad,
                earlier,
                lastSpectraStep,
                carried)
            : null;
    if (probe != null) {
      if (earlier == null) {
        lastSpectra = probe.eigenvalues();
        lastSpectraNorms = network.recurrentNorms();
        lastSpectraStep = k;
        probesSinceSpectra = 0;
      } else {
        probesSinceSpectra++;
      }
      if (carried == null) {
        lastDerivations = network.derivations ? probe : null;
        probesSinceDerivations = 0;
      } else {
        probesSinceDerivations++;
      }
      stepsSinceProbe = 0;
    }
    if (wantProbe) {
      lastProbeNanos = System.nanoTime() - probeStart;
    }
    if (probe != null && probe.finite()) {
      lastFiniteProbe = probe;
    }
    if (!finite) {
      if (update) {
        divergence = "diverged at step " + k + ": the gradient norm is " + before;
      }
      return new StepReport(k, loss, before, before, false, update, divergence, probe);
    }
    if (update) {
      optimizer.update();
      steps++;
    }
    return new StepReport(k, loss, before, after, clipped, false, null, probe);
  }
}
