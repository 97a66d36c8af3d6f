package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** DESIGN.md lesson 2: the cell state's own path, c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t. */
class LstmCellStateTest {

  static final int H = 8;

  /**
   * With Wh = 0 the only way back in time is the cell state, so by (5) of {@link LstmCell} dc_t =
   * f_{t+1} ⊙ dc_{t+1}: with f = σ(30) the gradient arrives 100 steps back intact.
   */
  @Test
  void cellStateGradientDoesNotDecayOver100StepsWhileTheForgetGateIsOpen() {
    double[] dc = cellGradWithGatesSaturated(30.0);
    assertThat(dc[0] / dc[dc.length - 1]).isFinite().isGreaterThan(0.999999);
  }

  @Test
  void withTheForgetGateHalfClosedTheSameGradientVanishes() {
    double[] dc = cellGradWithGatesSaturated(0.0);
    assertThat(dc[0] / dc[dc.length - 1]).isFinite().isLessThan(1e-20);
  }

  static double[] cellGradWithGatesSaturated(double forgetBias) {
    int T = 100;
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.lstm(H, true, forgetBias)),
            ConnectionKind.PLAIN,
            InitScheme.XAVIER,
            null,
            5);
    Network net = new Network(config);
    LstmCell cell = (LstmCell) net.cells[0];
    java.util.Arrays.fill(cell.Wh.v(), 0.0);
    java.util.Arrays.fill(cell.Wx.v(), 0.0);
    // input and output gates saturated open: i_t = o_t = 1 to double precision; g_t = tanh(0.01),
    // small so that
    // tanh(c_t) stays far from saturation and dc_{T−1} = dh ⊙ o ⊙ (1 − tanh²(c)) is not zero
    for (int j = 0; j < H; j++) {
      cell.b.v()[cell.colI + j] = 40.0;
      cell.b.v()[cell.colO + j] = 40.0;
      cell.b.v()[cell.colG + j] = 0.01;
    }
    Batch batch = Fixtures.regression(new SplittableRandom(6), T, 4, 2, 1, Fixtures.lastStep(T));
    Probe p = new Trainer(net, OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
    for (double f : p.forgetGate()[0]) {
      assertThat(f)
          .isCloseTo(1 / (1 + Math.exp(-forgetBias)), org.assertj.core.data.Offset.offset(1e-12));
    }
    double[] dc = p.cellGrad()[0];
    assertThat(dc[T - 1]).isGreaterThan(1e-3).isFinite();
    return dc;
  }

  @Test
  void withoutAForgetGateTheCellStateGrowsOnALongInput() {
    int T = 400;
    double[] without = meanAbsCell(false, T);
    double[] with = meanAbsCell(true, T);
    // Gers et al. 2000: c_t = c_{t−1} + i_t ⊙ g_t accumulates without bound on a steady input ...
    assertThat(without[T - 1]).isGreaterThan(5 * without[T / 10 - 1]);
    assertThat(without[T - 1]).isGreaterThan(20);
    // ... while a forget gate (bias 0, f ≈ 1/2) keeps it bounded.
    assertThat(with[T - 1]).isLessThan(3);
    assertThat(forgetGateOfThe1997Lstm()).containsOnly(1.0);
  }

  static double[] forgetGateOfThe1997Lstm() {
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.lstm(H, false, 0.0)),
            ConnectionKind.PLAIN,
            InitScheme.XAVIER,
            null,
            8);
    Batch batch = Fixtures.regression(new SplittableRandom(6), 5, 2, 2, 1, Fixtures.lastStep(5));
    return new Trainer(new Network(config), OptimizerConfig.sgd(0.1), Clipping.NONE)
        .probe(batch)
        .forgetGate()[0];
  }

  static double[] meanAbsCell(boolean forgetGate, int T) {
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.lstm(H, forgetGate, 0.0)),
            ConnectionKind.PLAIN,
            InitScheme.XAVIER,
            null,
            8);
    Network net = new Network(config);
    DMatrixRMaj[] x = new DMatrixRMaj[T];
    for (int t = 0; t < T; t++) {
      x[t] = new DMatrixRMaj(new double[][] {{1.0, 0.5}, {0.8, 1.0}});
    }
    net.forward(
        new Batch(
            x, new Batch.Regression(new int[] {T - 1}, new DMatrixRMaj[] {new DMatrixRMaj(2, 1)})));
    LstmCell cell = (LstmCell) net.cells[0];
    double[] out = new double[T];
    for (int t = 0; t < T; t++) {
      double s = 0;
      for (int i = 0; i < 2 * H; i++) {
        s += Math.abs(cell.c.data[t * 2 * H + i]);
      }
      out[t] = s / (2 * H);
    }
    return out;
  }
}
