package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every analytic gradient against central finite differences in double: every parameter, and the
 * hidden- and cell-state gradients the probe reports (by nudging h_t or c_t right after the forward
 * pass computes it). All cells x activations x connections x loss placements x loss kinds, on
 * random stacks of 1-3 layers and lengths 1-7 in which the cell under test sits at a random depth.
 */
@DisplayName("Backpropagation matches central finite differences")
class GradientCheckTest {

  static final double EPS = 1e-6;
  static final double TOLERANCE = 1e-6;

  enum Placement {
    LAST,
    CHOSEN,
    EVERY
  }

  enum LossKind {
    REGRESSION,
    CLASSIFICATION
  }

  record Variant(CellKind cell, Activation activation, boolean forgetGate) {
    LayerConfig layer(int hidden, double forgetBias) {
      return new LayerConfig(cell, hidden, activation, forgetGate, forgetBias);
    }

    @Override
    public String toString() {
      return switch (cell) {
        case LSTM -> forgetGate ? "lstm" : "lstm-no-forget-gate";
        case GRU -> "gru";
        default -> cell.specName() + "/" + activation.specName();
      };
    }
  }

  record Case(
      Variant variant, ConnectionKind connection, Placement placement, LossKind loss, long seed) {
    @Override
    public String toString() {
      return variant
          + " "
          + connection.specName()
          + " loss "
          + loss.name().toLowerCase()
          + " at "
          + placement.name().toLowerCase()
          + " steps";
    }
  }

  static final List<Variant> VARIANTS = variants();

  static List<Variant> variants() {
    List<Variant> v = new ArrayList<>();
    for (Activation a : Activation.values()) {
      v.add(new Variant(CellKind.RNN, a, true));
      v.add(new Variant(CellKind.DENSE, a, true));
      v.add(new Variant(CellKind.INDRNN, a, true));
    }
    v.add(new Variant(CellKind.LSTM, Activation.TANH, true));
    v.add(new Variant(CellKind.LSTM, Activation.TANH, false));
    v.add(new Variant(CellKind.GRU, Activation.TANH, true));
    return v;
  }

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    long seed = 1;
    for (Variant v : VARIANTS) {
      for (ConnectionKind c : ConnectionKind.values()) {
        for (Placement p : Placement.values()) {
          for (LossKind l : LossKind.values()) {
            out.add(new Case(v, c, p, l, seed++));
          }
        }
      }
    }
    return out.stream();
  }

  @Test
  void everyCellKindHasItsGradientsChecked() {
    assertThat(VARIANTS.stream().map(Variant::cell).distinct())
        .as("a new cell kind needs its variants here")
        .containsExactlyInAnyOrder(CellKind.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyParameterAndEveryProbedStateGradientMatchesFiniteDifferences(Case c) {
    SplittableRandom rng = new SplittableRandom(c.seed() * 7919);
    int depth = 1 + rng.nextInt(3);
    int T = 1 + rng.nextInt(7);
    int B = 2 + rng.nextInt(2);
    int I = 2 + rng.nextInt(2);
    int O = c.loss() == LossKind.CLASSIFICATION ? 3 : 1 + rng.nextInt(2);
    int testedAt = rng.nextInt(depth);
    List<LayerConfig> layers = new ArrayList<>();
    for (int l = 0; l < depth; l++) {
      Variant v = l == testedAt ? c.variant() : VARIANTS.get(rng.nextInt(VARIANTS.size()));
      layers.add(v.layer(2 + rng.nextInt(3), rng.nextDouble(-1, 1)));
    }
    InitScheme scheme = rng.nextBoolean() ? InitScheme.XAVIER : InitScheme.ORTHOGONAL;
    Double rho = rng.nextBoolean() ? null : 0.5 + rng.nextDouble();
    NetworkConfig config =
        new NetworkConfig(
            I, O, layers, c.connection(), scheme, rho, rng.nextDouble(-2, 0), rng.nextLong());
    int[] steps =
        switch (c.placement()) {
          case LAST -> Fixtures.lastStep(T);
          case EVERY -> java.util.stream.IntStream.range(0, T).toArray();
          case CHOSEN ->
              java.util.stream.IntStream.range(0, T)
                  .filter(t -> t == T / 2 || rng.nextBoolean())
                  .toArray();
        };
    Batch batch =
        c.loss() == LossKind.CLASSIFICATION
            ? Fixtures.classification(rng, T, B, I, O, steps)
            : Fixtures.regression(rng, T, B, I, O, steps);

    Network net = new Network(config);
    // Biases start at zero. An IndRNN unit that was dead at t−1 (ReLU, h = 0) and sees an all-zero
    // input row then has z_t = 0 exactly: ReLU's kink, where no finite difference is defined.
    for (Param p : net.params) {
      if (p.name.equals("b")) {
        for (int i = 0; i < p.size(); i++) {
          p.v()[i] += rng.nextDouble(-0.5, 0.5);
        }
      }
    }
    Trainer trainer = new Trainer(net, OptimizerConfig.sgd(0.1), Clipping.NONE);
    Probe probe = trainer.probe(batch);

    for (Param p : net.params) {
      double[] analytic = p.g().clone();
      double[] numeric = new double[analytic.length];
      for (int i = 0; i < numeric.length; i++) {
        double w = p.v()[i];
        p.v()[i] = w + EPS;
        double plus = net.forward(batch);
        p.v()[i] = w - EPS;
        double minus = net.forward(batch);
        p.v()[i] = w;
        numeric[i] = (plus - minus) / (2 * EPS);
      }
      assertThat(relativeError(analytic, numeric)).as("d%s", p).isLessThan(TOLERANCE);
    }

    net.forward(batch);
    for (int l = 0; l < depth; l++) {
      Cell cell = net.cells[l];
      double[] numericH = stateGradient(net, batch, cell, false);
      assertThat(relativeError(cell.dh.data, numericH))
          .as("dh of layer %d", l)
          .isLessThan(TOLERANCE);
      assertThat(probe.hiddenGrad()[l])
          .as("probe hiddenGrad of layer %d", l)
          .containsExactly(
              ProbeRecorder.meanRowNorms(matrix(numericH, cell), T, B),
              org.assertj.core.data.Offset.offset(1e-6 * (1 + max(probe.hiddenGrad()[l]))));
      if (cell instanceof LstmCell) {
        double[] numericC = stateGradient(net, batch, cell, true);
        assertThat(relativeError(cell.dc().data, numericC))
            .as("dc of layer %d", l)
            .isLessThan(TOLERANCE);
        assertThat(probe.cellGrad()[l])
            .as("probe cellGrad of layer %d", l)
            .containsExactly(
                ProbeRecorder.meanRowNorms(matrix(numericC, cell), T, B),
                org.assertj.core.data.Offset.offset(1e-6 * (1 + max(probe.cellGrad()[l]))));
      } else {
        assertThat(probe.cellGrad()[l]).isNull();
      }
    }
  }

  /** dL/dh_t (or dL/dc_t) of every entry by nudging it as the forward pass computes it. */
  static double[] stateGradient(Network net, Batch batch, Cell cell, boolean cellState) {
    int n = cell.steps * cell.batch * cell.hidden;
    double[] out = new double[n];
    int perStep = cell.batch * cell.hidden;
    Cell.State wanted = cellState ? Cell.State.CELL : Cell.State.HIDDEN;
    double[] eps = new double[1];
    for (int i = 0; i < n; i++) {
      int index = i;
      cell.stateHook =
          (state, t, data) -> {
            if (state == wanted && t == index / perStep) {
              data[index] += eps[0];
            }
          };
      eps[0] = EPS;
      double plus = net.forward(batch);
      eps[0] = -EPS;
      double minus = net.forward(batch);
      out[i] = (plus - minus) / (2 * EPS);
    }
    cell.stateHook = Cell.StateHook.NONE;
    return out;
  }

  static DMatrixRMaj matrix(double[] data, Cell cell) {
    return DMatrixRMaj.wrap(cell.steps * cell.batch, cell.hidden, data);
  }

  static double max(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  /** ‖a − n‖ / (‖a‖ + ‖n‖), zero when both vanish; over the first n.length entries of a. */
  static double relativeError(double[] a, double[] n) {
    double diff = 0;
    double na = 0;
    double nn = 0;
    for (int i = 0; i < n.length; i++) {
      diff += (a[i] - n[i]) * (a[i] - n[i]);
      na += a[i] * a[i];
      nn += n[i] * n[i];
    }
    // A gradient that is zero in truth (the readout bias when the classes balance) comes out of a
    // central difference as round-off over EPS: about 1e-10 per entry. Below a norm of 1e-3 the
    // error is measured against 1e-3, so that this noise passes and 1e-8 of real error does not.
    double denom = Math.max(Math.sqrt(na) + Math.sqrt(nn), 1e-3);
    return Math.sqrt(diff) / denom;
  }
}
