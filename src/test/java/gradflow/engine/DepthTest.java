package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md lesson 3: a 30-layer dense sigmoid stack, width 32, xavier init, measured at step 0 as
 * the batch-mean hiddenGrad of the first layer over that of the last.
 */
class DepthTest {

  static double firstOverLast(ConnectionKind connection) {
    NetworkConfig config =
        new NetworkConfig(
            32,
            1,
            Collections.nCopies(30, LayerConfig.dense(32, Activation.SIGMOID)),
            connection,
            InitScheme.XAVIER,
            null,
            -3.0,
            21);
    Batch batch = Fixtures.regression(new SplittableRandom(2), 1, 16, 32, 1, Fixtures.lastStep(1));
    Probe p =
        new Trainer(new Network(config), OptimizerConfig.sgd(0.1), Clipping.NONE).probe(batch);
    return p.hiddenGrad()[0][0] / p.hiddenGrad()[29][0];
  }

  @Test
  void aPlainStackLosesTheGradientAcrossThirtyLayers() {
    assertThat(firstOverLast(ConnectionKind.PLAIN)).isFinite().isLessThan(1e-6);
  }

  @Test
  void residualConnectionsKeepItAlive() {
    assertThat(firstOverLast(ConnectionKind.RESIDUAL)).isFinite().isGreaterThan(1e-3);
  }

  @Test
  void denseConnectionsKeepItAlive() {
    assertThat(firstOverLast(ConnectionKind.DENSE)).isFinite().isGreaterThan(1e-3);
  }

  @Test
  void highwayConnectionsWithGateBiasMinusThreeKeepItAlive() {
    assertThat(firstOverLast(ConnectionKind.HIGHWAY)).isFinite().isGreaterThan(1e-3);
  }
}
