package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LSTM's four terms A_t + B_t + C_t + D_t of ∂c_t/∂c_{t−1}: each term against a finite
 * difference along its own path alone, their sum against the finite-difference Jacobian of the
 * whole cell (with h_{t−1} = o_{t−1} ⊙ tanh(c_{t−1}) recomputed from the nudged c_{t−1}), and the
 * four contributions against the message backpropagation sends from c_t to c_{t−1}.
 */
@DisplayName("The LSTM's cell-state Jacobian splits into four terms")
class LstmCellTermsTest {
  static final double EPS = 1e-6;
  static final int T = 5;
  static final int B = 3;
  static final int H = 4;
  static final int I = 2;

  /** A one-layer LSTM that has taken a probe of a batch whose loss is at the last step. */
  record Setup(Network net, LstmCell cell, Batch batch, Probe probe) {}

  static Setup setup(boolean forgetGate, long seed) {
    var rng = new SplittableRandom(seed);
    var config =
        new NetworkConfig(
            I,
            1,
            List.of(new LayerConfig(CellKind.LSTM, H, Activation.TANH, forgetGate, 0.5)),
            ConnectionKind.PLAIN,
            InitScheme.XAVIER,
            1.3,
            -1.0,
            seed);
    var net = new Network(config);
    // Larger weights than Xavier's make A, C and D large enough to be told from round-off.
    for (Param p : net.params) {
      for (int i = 0; i < p.size(); i++) {
        p.v()[i] += rng.nextDouble(-0.5, 0.5);
      }
    }
    var batch = Fixtures.regression(rng, T, B, I, 1, Fixtures.lastStep(T));
    var probe = new Trainer(net, OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
    return new Setup(net, (LstmCell) net.cells[0], batch, probe);
  }

  /** Row k of each term at (t, row r): e_k X_t, from the engine's split. [term][k][j] */
  static double[][][] analytic(LstmCell cell, int t, int r) {
    double[][][] out = new double[4][H][H];
    var terms = new LstmCellTerms(cell);
    terms.start();
    for (int k = 0; k < H; k++) {
      double[] delta = new double[B * H];
      delta[r * H + k] = 1;
      double[][] parts = new double[4][B * H];
      terms.split(t, delta, 0, parts[0], parts[1], parts[2], parts[3]);
      for (int q = 0; q < 4; q++) {
        System.arraycopy(parts[q], r * H, out[q][k], 0, H);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "forget gate {0}")
  @ValueSource(booleans = {true, false})
  void theSumOfTheFourTermsIsTheFiniteDifferenceJacobianOfTheCell(boolean forgetGate) {
    var s = setup(forgetGate, forgetGate ? 11 : 12);
    for (int t = 1; t < T; t++) {
      for (int r = 0; r < B; r++) {
        double[][][] terms = analytic(s.cell(), t, r);
        double[] sum = new double[H * H];
        for (int k = 0; k < H; k++) {
          for (int j = 0; j < H; j++) {
            for (int q = 0; q < 4; q++) {
              sum[k * H + j] += terms[q][k][j];
            }
          }
        }
        double[] numeric = cellJacobian(s, t, r);
        assertThat(GradientCheckTest.relativeError(sum, numeric))
            .as("∂c_%d/∂c_%d, row %d", t, t - 1, r)
            .isLessThan(1e-6);
      }
    }
  }

  /** J[k][j] = ∂c_t[k]/∂c_{t−1}[j] of row r, nudging c_{t−1} as the forward pass computes it. */
  static double[] cellJacobian(Setup s, int t, int r) {
    double[] out = new double[H * H];
    double[] eps = new double[1];
    int[] at = new int[1];
    s.cell().stateHook =
        (state, step, data) -> {
          if (state == Cell.State.CELL && step == t - 1) {
            data[(t - 1) * B * H + r * H + at[0]] += eps[0];
          }
        };
    for (int j = 0; j < H; j++) {
      at[0] = j;
      eps[0] = EPS;
      s.net().forward(s.batch());
      double[] plus = row(s.cell().c.data, t, r);
      eps[0] = -EPS;
      s.net().forward(s.batch());
      double[] minus = row(s.cell().c.data, t, r);
      for (int k = 0; k < H; k++) {
        out[k * H + j] = (plus[k] - minus[k]) / (2 * EPS);
      }
    }
    s.cell().stateHook = Cell.StateHook.NONE;
    s.net().forward(s.batch());
    return out;
  }

  @ParameterizedTest(name = "forget gate {0}")
  @ValueSource(booleans = {true, false})
  void eachTermIsTheFiniteDifferenceAlongItsOwnPath(boolean forgetGate) {
    var s = setup(forgetGate, forgetGate ? 21 : 22);
    var step = new ManualStep(s);
    for (int t = 1; t < T; t++) {
      for (int r = 0; r < B; r++) {
        double[][][] terms = analytic(s.cell(), t, r);
        for (int q = 0; q < 4; q++) {
          double[] numeric = step.pathJacobian(t, r, q);
          double[] exact = new double[H * H];
          for (int k = 0; k < H; k++) {
            System.arraycopy(terms[q][k], 0, exact, k * H, H);
          }
          assertThat(GradientCheckTest.relativeError(exact, numeric))
              .as("term %s at t = %d, row %d", "ABCD".charAt(q), t, r)
              .isLessThan(1e-6);
        }
      }
    }
  }

  @ParameterizedTest(name = "forget gate {0}")
  @ValueSource(booleans = {true, false})
  void theFourContributionsAddUpToTheMessageBackpropagationSendsFromCtToCtMinusOne(
      boolean forgetGate) {
    var s = setup(forgetGate, forgetGate ? 31 : 32);
    LstmCell cell = s.cell();
    int GH = cell.gates * H;
    double[] dc = cell.dc().data;
    double[] act = cell.act.data;
    double[] tc = cell.tanhC().data;
    double[] whT = cell.whT().data;
    var terms = new LstmCellTerms(cell);
    terms.start();
    // With the loss at the last step only, what reaches c_{t−1} (t − 1 < T − 1) comes from step t:
    // from c_t (the four terms) and from o_t through h_{t−1}.
    for (int t = 1; t < T; t++) {
      double[][] parts = new double[4][B * H];
      terms.split(t, dc, t * B * H, parts[0], parts[1], parts[2], parts[3]);
      for (int r = 0; r < B; r++) {
        double[] expected = row(dc, t - 1, r);
        double[] message = new double[H];
        for (int j = 0; j < H; j++) {
          double viaO = 0;
          for (int k = 0; k < H; k++) {
            int ar = t * B * GH + r * GH + cell.colO + k;
            double o = act[ar];
            double dao =
                s.cell().dh.data[t * B * H + r * H + k] * tc[t * B * H + r * H + k] * o * (1 - o);
            viaO += dao * whT[(cell.colO + k) * H + j];
          }
          double oPrev = act[(t - 1) * B * GH + r * GH + cell.colO + j];
          double th = tc[(t - 1) * B * H + r * H + j];
          viaO *= oPrev * (1 - th * th);
          for (int q = 0; q < 4; q++) {
            message[j] += parts[q][r * H + j];
          }
          message[j] += viaO;
        }
        if (t - 1 < T - 1) {
          assertThat(GradientCheckTest.relativeError(message, expected))
              .as("dL/dc_%d of row %d", t - 1, r)
              .isLessThan(1e-12);
        }
      }
    }
  }

  @ParameterizedTest(name = "forget gate {0}")
  @ValueSource(booleans = {true, false})
  void theProbeReportsEachTermsNormAndTheRunningProducts(boolean forgetGate) {
    var s = setup(forgetGate, forgetGate ? 41 : 42);
    CellTerms terms = s.probe().cellTerms()[0];
    assertThat(terms.a()[0]).isZero();
    assertThat(terms.productAll()[T - 1])
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    double[] dc = s.cell().dc().data;
    // Each norm from the finite-difference Jacobians: ‖δc_t X_t‖ averaged over the batch.
    var step = new ManualStep(s);
    for (int t = 1; t < T; t++) {
      for (int q = 0; q < 4; q++) {
        double mean = 0;
        for (int r = 0; r < B; r++) {
          double[] j = step.pathJacobian(t, r, q);
          double[] d = row(dc, t, r);
          mean += norm(times(d, j)) / B;
        }
        double[] reported = new double[][] {terms.a(), terms.b(), terms.c(), terms.d()}[q];
        assertThat(reported[t])
            .as("term %s at t = %d", "ABCD".charAt(q), t)
            .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-7 * (1 + mean)));
      }
    }
    if (!forgetGate) {
      // B_t = I: δc_t B_t = δc_t, and the product of B alone keeps every vector's length.
      assertThat(terms.b()[2])
          .isCloseTo(s.probe().cellGrad()[0][2], org.assertj.core.data.Offset.offset(1e-12));
      for (double p : terms.productB()) {
        assertThat(p).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
      }
    }
    // The running product of all four terms, from the finite-difference Jacobians of the cell.
    for (int r = 0; r < B; r++) {
      double[] v = row(dc, T - 1, r);
      double len = norm(v);
      for (int j = 0; j < H; j++) {
        v[j] /= len;
      }
      for (int t = T - 1; t >= 1; t--) {
        v = times(v, cellJacobian(s, t, r));
        expectedProducts[t - 1] += norm(v) / B;
      }
    }
    for (int t = 0; t < T - 1; t++) {
      assertThat(terms.productAll()[t])
          .as("‖∏ (A+B+C+D)‖ back to t = %d", t)
          .isCloseTo(expectedProducts[t], org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  private final double[] expectedProducts = new double[T];

  static double[] row(double[] stacked, int t, int r) {
    double[] out = new double[H];
    System.arraycopy(stacked, t * B * H + r * H, out, 0, H);
    return out;
  }

  /** The row vector d times the (H x H) matrix j, stored by rows. */
  static double[] times(double[] d, double[] j) {
    double[] out = new double[H];
    for (int k = 0; k < H; k++) {
      for (int c = 0; c < H; c++) {
        out[c] += d[k] * j[k * H + c];
      }
    }
    return out;
  }

  static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /**
   * One LSTM step redone by hand from the network's parameters, so that c_{t−1} can be moved along
   * one path at a time: A through f_t, B directly, C through i_t, D through g_t.
   */
  static final class ManualStep {
    private final Setup s;

    ManualStep(Setup s) {
      this.s = s;
    }

    /**
     * [k][j] = ∂c_t[k]/∂c_{t−1}[j] of row r along path q (0 = A … 3 = D), by central differences.
     */
    double[] pathJacobian(int t, int r, int q) {
      double[] out = new double[H * H];
      double[] c0 = row(s.cell().c.data, t - 1, r);
      for (int j = 0; j < H; j++) {
        double[] plus = c0.clone();
        plus[j] += EPS;
        double[] minus = c0.clone();
        minus[j] -= EPS;
        double[] up = along(t, r, q, plus, c0);
        double[] down = along(t, r, q, minus, c0);
        for (int k = 0; k < H; k++) {
          out[k * H + j] = (up[k] - down[k]) / (2 * EPS);
        }
      }
      return out;
    }

    /** c_t with c_{t−1} = moved on path q and = fixed everywhere else. */
    private double[] along(int t, int r, int q, double[] moved, double[] fixed) {
      double[][] gMoved = gates(t, r, moved);
      double[][] gFixed = gates(t, r, fixed);
      double[] out = new double[H];
      for (int k = 0; k < H; k++) {
        double f = (q == 0 ? gMoved : gFixed)[1][k];
        double i = (q == 2 ? gMoved : gFixed)[0][k];
        double g = (q == 3 ? gMoved : gFixed)[3][k];
        double cPrev = (q == 1 ? moved : fixed)[k];
        out[k] = f * cPrev + i * g;
      }
      return out;
    }

    /** {i, f, o, g} of row r at step t when c_{t−1} is cPrev (f = 1 without a forget gate). */
    private double[][] gates(int t, int r, double[] cPrev) {
      LstmCell cell = s.cell();
      int GH = cell.gates * H;
      double[] hPrev = new double[H];
      for (int j = 0; j < H; j++) {
        double o = cell.act.data[(t - 1) * B * GH + r * GH + cell.colO + j];
        hPrev[j] = o * Math.tanh(cPrev[j]);
      }
      double[] x = new double[I];
      System.arraycopy(s.batch().inputs()[t].data, r * I, x, 0, I);
      double[] a = cell.b.v().clone();
      for (int col = 0; col < GH; col++) {
        for (int p = 0; p < I; p++) {
          a[col] += x[p] * cell.Wx.value.get(p, col);
        }
        for (int p = 0; p < H; p++) {
          a[col] += hPrev[p] * cell.Wh.value.get(p, col);
        }
      }
      double[][] out = new double[4][H];
      for (int k = 0; k < H; k++) {
        out[0][k] = sigmoid(a[cell.colI + k]);
        out[1][k] = cell.forgetGate ? sigmoid(a[cell.colF + k]) : 1.0;
        out[2][k] = sigmoid(a[cell.colO + k]);
        out[3][k] = Math.tanh(a[cell.colG + k]);
      }
      return out;
    }

    private static double sigmoid(double z) {
      return 1 / (1 + Math.exp(-z));
    }
  }
}
