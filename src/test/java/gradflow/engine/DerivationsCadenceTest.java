package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The derivations' quantities cost about a training step per probe, so a run that probes often
 * measures them every few probes and carries the last ones, with their step, in between.
 */
class DerivationsCadenceTest {

  @Test
  void probesTenStepsApartMeasureTheDerivationsEverySecondProbeAndCarryThemBetween() {
    var probes = SpectraCadenceTest.train(LayerConfig.lstm(8, true, 1.0), 12, 4, 100, 10);

    assertThat(probes).hasSize(10);
    for (int i = 0; i < probes.size(); i++) {
      Probe p = probes.get(i);
      assertThat(p.cellTerms()).isNotNull();
      assertThat(p.stepWeightGrad()).isNotNull();
      if (i % 2 == 0) {
        assertThat(p.freshDerivations()).as("probe %d", i).isTrue();
      } else {
        Probe source = probes.get(i - 1);
        assertThat(p.freshDerivations()).as("probe %d", i).isFalse();
        assertThat(p.derivationsStep()).isEqualTo(source.step());
        assertThat(p.cellTerms()).isSameAs(source.cellTerms());
        assertThat(p.stepWeightGrad()).isSameAs(source.stepWeightGrad());
        assertThat(p.depthGain()).isSameAs(source.depthGain());
        // the probe's own measurements stay its own
        assertThat(p.hiddenGrad()).isNotSameAs(source.hiddenGrad());
        assertThat(p.loss()).isNotEqualTo(source.loss());
      }
    }
  }

  @Test
  void anLstmProbedEveryTwentyStepsMeasuresTheDerivationsAtEveryProbe() {
    var probes = SpectraCadenceTest.train(LayerConfig.lstm(8, true, 1.0), 12, 4, 100, 20);

    assertThat(probes).hasSize(5).allMatch(Probe::freshDerivations);
    assertThat(probes).allMatch(p -> p.cellTerms() != null && p.cellTerms()[0] != null);
  }

  @Test
  void anRnnWhoseDerivationsCostMoreThanItsStepsMeasuresThemMoreSeldom() {
    var probes = SpectraCadenceTest.train(LayerConfig.rnn(8, Activation.TANH), 12, 4, 200, 10);

    var fresh = probes.stream().filter(Probe::freshDerivations).map(Probe::step).toList();
    assertThat(fresh).containsExactly(0, 40, 80, 120, 160);
    assertThat(probes).allMatch(p -> p.stepJacobian() != null && p.stepJacobian()[0] != null);
  }

  @Test
  void theDerivationsTakeAtMostTheirBudgetAtEveryProbingIntervalAndEveryCellKind() {
    for (LayerConfig layer :
        List.of(
            LayerConfig.rnn(8, Activation.TANH),
            LayerConfig.lstm(8, true, 1.0),
            LayerConfig.gru(8),
            LayerConfig.dense(8, Activation.TANH))) {
      var net =
          new Network(
              NetworkConfig.of(
                  2, 1, List.of(layer), ConnectionKind.PLAIN, InitScheme.XAVIER, null, 3));
      var trainer = new Trainer(net, OptimizerConfig.adam(1e-2), Clipping.norm(1));
      double cost = net.derivationsInSteps();
      assertThat(cost).as("%s", layer).isPositive();
      for (int every : new int[] {1, 2, 5, 10, 16, 17, 20, 100}) {
        int k = trainer.derivationsEvery(every);
        assertThat(cost / (k * every))
            .as("%s probed every %d steps, derivations every %d probes", layer, every, k)
            .isLessThanOrEqualTo(Trainer.DERIVATIONS_BUDGET + 1e-12);
        if (k > 1) {
          assertThat(cost / ((k - 1) * every))
              .as("not more seldom than needed")
              .isGreaterThan(Trainer.DERIVATIONS_BUDGET);
        }
      }
    }
  }

  @Test
  void aMeasuringProbeAlwaysMeasuresTheDerivationsAfresh() {
    var net =
        new Network(
            NetworkConfig.of(
                2,
                1,
                List.of(LayerConfig.lstm(8, true, 1.0)),
                ConnectionKind.PLAIN,
                InitScheme.XAVIER,
                null,
                3));
    var trainer = new Trainer(net, OptimizerConfig.adam(1e-2), Clipping.norm(1));
    var rng = new SplittableRandom(5);
    trainer.step(Fixtures.adding(rng, 12, 4), true);
    trainer.step(Fixtures.adding(rng, 12, 4), true);
    Probe measured = trainer.probe(Fixtures.adding(rng, 12, 4));

    assertThat(measured.freshDerivations()).isTrue();
    assertThat(measured.cellTerms()).isNotNull();
  }
}
