package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClippingTest {

  static List<Param> grads(double... g) {
    List<Param> ps = new ArrayList<>();
    for (double v : g) {
      Param p = new Param("p", 1, 1);
      p.g()[0] = v;
      ps.add(p);
    }
    return ps;
  }

  @Test
  void aGlobalNormAboveTheThresholdIsRescaledToTheThreshold() {
    List<Param> ps = grads(3.0, 4.0); // ‖g‖ = 5
    assertThat(Param.gradNorm(ps)).isEqualTo(5.0);
    assertThat(Clipping.norm(1.0).apply(ps, 5.0)).isTrue();
    assertThat(ps.get(0).g()[0]).isCloseTo(0.6, within(1e-16));
    assertThat(ps.get(1).g()[0]).isCloseTo(0.8, within(1e-16));
  }

  @Test
  void aGlobalNormBelowTheThresholdIsLeftAlone() {
    List<Param> ps = grads(3.0, 4.0);
    assertThat(Clipping.norm(5.0).apply(ps, 5.0)).isFalse();
    assertThat(ps.get(0).g()[0]).isEqualTo(3.0);
  }

  @Test
  void valueClippingClampsEachEntry() {
    List<Param> ps = grads(3.0, -4.0, 0.1);
    assertThat(Clipping.value(0.5).apply(ps, Param.gradNorm(ps))).isTrue();
    assertThat(ps.stream().mapToDouble(p -> p.g()[0]).toArray()).containsExactly(0.5, -0.5, 0.1);
  }

  @Test
  void aTrainingStepReportsBothNormsAndUpdatesWithTheRescaledGradient() {
    NetworkConfig config =
        NetworkConfig.of(
            2,
            1,
            List.of(LayerConfig.rnn(4, Activation.TANH)),
            ConnectionKind.PLAIN,
            InitScheme.ORTHOGONAL,
            1.2,
            3);
    Batch batch = Fixtures.regression(new SplittableRandom(1), 6, 3, 2, 1, Fixtures.lastStep(6));
    Network probeNet = new Network(config);
    Probe raw = new Trainer(probeNet, OptimizerConfig.sgd(1.0), Clipping.NONE).probe(batch);
    double norm = raw.globalNormBefore();
    double theta = norm / 4;

    Network net = new Network(config);
    StepReport r = new Trainer(net, OptimizerConfig.sgd(1.0), Clipping.norm(theta)).step(batch);
    assertThat(r.clipped()).isTrue();
    assertThat(r.globalNormBefore()).isEqualTo(norm);
    assertThat(r.globalNormAfter()).isCloseTo(theta, within(1e-12 * theta));
    for (int q = 0; q < net.params.size(); q++) {
      double[] w0 = probeNet.params.get(q).v();
      double[] g0 = probeNet.params.get(q).g();
      double[] w1 = net.params.get(q).v();
      for (int i = 0; i < w0.length; i++) {
        assertThat(w1[i]).isCloseTo(w0[i] - theta / norm * g0[i], within(1e-14));
      }
    }
  }
}
