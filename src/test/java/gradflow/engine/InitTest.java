package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InitTest {

  @ParameterizedTest
  @EnumSource(InitScheme.class)
  void spectralRadiusRescalesEveryRecurrentMatrixAndEveryGateBlockToExactlyTheGivenValue(
      InitScheme scheme) {
    NetworkConfig config =
        NetworkConfig.of(
            3,
            1,
            List.of(
                LayerConfig.rnn(12, Activation.TANH),
                LayerConfig.lstm(10),
                LayerConfig.lstm(7, false, 0),
                LayerConfig.gru(9),
                LayerConfig.dense(5, Activation.RELU)),
            ConnectionKind.PLAIN,
            scheme,
            0.8,
            17);
    Batch batch = Fixtures.regression(new SplittableRandom(1), 3, 2, 3, 1, Fixtures.lastStep(3));
    Probe p =
        new Trainer(new Network(config), OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
    assertThat(p.spectralRadius()[0]).hasSize(1);
    assertThat(p.spectralRadius()[1]).hasSize(4);
    assertThat(p.spectralRadius()[2]).hasSize(3);
    assertThat(p.spectralRadius()[3]).hasSize(3);
    assertThat(p.spectralRadius()[4]).isEmpty();
    for (int l = 0; l < 4; l++) {
      for (int q = 0; q < p.spectralRadius()[l].length; q++) {
        assertThat(p.spectralRadius()[l][q])
            .as("layer %d block %s", l, p.eigenvalues()[l][q].block())
            .isCloseTo(0.8, within(1e-9));
        assertThat(p.eigenvalues()[l][q].re()).hasSize(config.layers().get(l).hidden());
      }
    }
  }

  @Test
  void orthogonalWithSpectralRadiusGivesEverySingularValueRho() {
    DMatrixRMaj w = new DMatrixRMaj(16, 16);
    Init.fill(w, 0, 16, InitScheme.ORTHOGONAL, new SplittableRandom(3));
    Init.rescale(w, 0, 16, 0.7);
    DMatrixRMaj wtw = new DMatrixRMaj(16, 16);
    CommonOps_DDRM.multTransA(w, w, wtw);
    for (int i = 0; i < 16; i++) {
      for (int j = 0; j < 16; j++) {
        assertThat(wtw.get(i, j)).isCloseTo(i == j ? 0.49 : 0.0, within(1e-12));
      }
    }
  }

  @Test
  void nonSquareOrthogonalBlocksHaveOrthonormalRowsOrColumns() {
    DMatrixRMaj wide = new DMatrixRMaj(3, 8);
    Init.fill(wide, 0, 8, InitScheme.ORTHOGONAL, new SplittableRandom(3));
    DMatrixRMaj rows = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.multTransB(wide, wide, rows);
    assertThat(CommonOps_DDRM.identity(3).data)
        .usingComparatorWithPrecision(1e-12)
        .containsExactly(rows.data);
    DMatrixRMaj tall = new DMatrixRMaj(8, 3);
    Init.fill(tall, 0, 3, InitScheme.ORTHOGONAL, new SplittableRandom(3));
    DMatrixRMaj cols = new DMatrixRMaj(3, 3);
    CommonOps_DDRM.multTransA(tall, tall, cols);
    assertThat(CommonOps_DDRM.identity(3).data)
        .usingComparatorWithPrecision(1e-12)
        .containsExactly(cols.data);
  }

  @Test
  void xavierStaysWithinItsBoundAndIdentityIsTheIdentity() {
    DMatrixRMaj w = new DMatrixRMaj(20, 30);
    Init.fill(w, 0, 30, InitScheme.XAVIER, new SplittableRandom(1));
    double bound = Math.sqrt(6.0 / 50);
    for (double v : w.data) {
      assertThat(Math.abs(v)).isLessThan(bound);
    }
    DMatrixRMaj id = new DMatrixRMaj(5, 5);
    Init.fill(id, 0, 5, InitScheme.IDENTITY, new SplittableRandom(1));
    assertThat(id.data).containsExactly(CommonOps_DDRM.identity(5).data);
  }

  @Test
  void heAndNormalHaveTheirVariances() {
    DMatrixRMaj he = new DMatrixRMaj(200, 200);
    Init.fill(he, 0, 200, InitScheme.HE, new SplittableRandom(1));
    DMatrixRMaj normal = new DMatrixRMaj(200, 200);
    Init.fill(normal, 0, 200, InitScheme.NORMAL, new SplittableRandom(1));
    assertThat(variance(he.data)).isCloseTo(2.0 / 200, within(2e-4));
    assertThat(variance(normal.data)).isCloseTo(1.0 / 200, within(1e-4));
  }

  static double variance(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return s / v.length;
  }
}
