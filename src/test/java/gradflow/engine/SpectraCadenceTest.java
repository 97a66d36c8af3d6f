package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Probes decompose the recurrent matrices only as often as the budget allows: a small network at
 * every probe, a large one every so many probes, carrying the last eigenvalues with their step.
 */
class SpectraCadenceTest {

  static List<Probe> train(LayerConfig layer, int T, int B, int steps, int probeEvery) {
    var net =
        new Network(
            NetworkConfig.of(
                2, 1, List.of(layer), ConnectionKind.PLAIN, InitScheme.XAVIER, null, 3));
    var trainer = new Trainer(net, OptimizerConfig.adam(1e-2), Clipping.norm(1));
    var rng = new SplittableRandom(3);
    var probes = new ArrayList<Probe>();
    for (int s = 0; s < steps; s++) {
      var r = trainer.step(Fixtures.adding(rng, T, B), s % probeEvery == 0);
      if (r.probe() != null) {
        probes.add(r.probe());
      }
    }
    return probes;
  }

  @Test
  void aTinyRnnGetsFreshEigenvaluesAtEveryProbeHoweverCheapItsSteps() {
    var probes = train(LayerConfig.rnn(16, Activation.TANH), 50, 32, 40, 1);

    assertThat(probes).hasSize(40).allMatch(Probe::freshSpectra);
  }

  @Test
  void aLargeLstmCarriesTheLastEigenvaluesBetweenDecompositionsAndSaysFromWhichStep() {
    var probes = train(LayerConfig.lstm(128, true, 1.0), 20, 8, 60, 5);

    assertThat(probes.getFirst().freshSpectra()).isTrue();
    var stale = probes.stream().filter(p -> !p.freshSpectra()).toList();
    assertThat(stale).isNotEmpty();
    for (Probe p : stale) {
      Probe source =
          probes.stream().filter(q -> q.step() == p.spectraStep()).findFirst().orElseThrow();
      assertThat(source.freshSpectra()).isTrue();
      assertThat(p.eigenvalues()[0]).isSameAs(source.eigenvalues()[0]);
      assertThat(p.spectralRadius()).isDeepEqualTo(source.spectralRadius());
    }
  }

  @Test
  void theDecompositionsStayWithinTheirShareOfTheTrainingTime() {
    int steps = 200;
    int probeEvery = 10;
    var probes = train(LayerConfig.lstm(128, true, 1.0), 20, 8, steps, probeEvery);
    var net =
        new Network(
            NetworkConfig.of(
                2,
                1,
                List.of(LayerConfig.lstm(128, true, 1.0)),
                ConnectionKind.PLAIN,
                InitScheme.XAVIER,
                null,
                3));
    net.forward(Fixtures.adding(new SplittableRandom(1), 20, 8));
    double cost = net.spectraInSteps(20, 8);
    long fresh = probes.stream().filter(Probe::freshSpectra).count();
    assertThat(cost).isGreaterThan(1);
    // Each decomposition after the first is paid for by the steps since the one before.
    assertThat((fresh - 1) * cost).isLessThanOrEqualTo(Trainer.SPECTRA_BUDGET * steps);
  }

  @Test
  void aLessonSizedRnnCarriesItsEigenvaluesWhileTheyCostMoreThanItsStepsButNotWhenWhExplodes() {
    var calm = train(LayerConfig.rnn(32, Activation.TANH), 50, 32, 100, 10);
    assertThat(calm.stream().filter(p -> !p.freshSpectra())).isNotEmpty();

    // W_h moves by orders of magnitude: the carried eigenvalues would hide the explosion
    assertThat(Trainer.moved(new double[] {2.0}, new double[] {3.1})).isTrue();
    assertThat(Trainer.moved(new double[] {2.0}, new double[] {Double.NaN})).isTrue();
    assertThat(Trainer.moved(new double[] {2.0, 1.0}, new double[] {2.2, 0.9})).isFalse();
  }

  @Test
  void aMeasuringProbeAlwaysDecomposesAfresh() {
    var net =
        new Network(
            NetworkConfig.of(
                2,
                1,
                List.of(LayerConfig.lstm(128, true, 1.0)),
                ConnectionKind.PLAIN,
                InitScheme.XAVIER,
                null,
                3));
    var trainer = new Trainer(net, OptimizerConfig.adam(1e-2), Clipping.norm(1));
    var batch = Fixtures.adding(new SplittableRandom(4), 20, 8);
    trainer.step(batch, true);
    trainer.step(batch, false);

    assertThat(trainer.probe(batch).freshSpectra()).isTrue();
  }
}
