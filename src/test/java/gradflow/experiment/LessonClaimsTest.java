package gradflow.experiment;

import static gradflow.experiment.LessonRun.depthRatio;
import static gradflow.experiment.LessonRun.timeRatio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Probe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every lesson's text makes claims about numbers; each test trains the lesson's preset (and the
 * change its text asks the student to make) through the engine and checks them, so that a changed
 * preset, default or engine can never again leave a lesson saying what its charts do not show. The
 * margins are wide on purpose: the claim is the order of magnitude the student sees, not the digit.
 */
@DisplayName("Each lesson's preset shows what its text says")
class LessonClaimsTest {

  private static String with(String json, String from, String to) {
    if (!json.contains(from)) {
      throw new IllegalArgumentException("the preset no longer holds " + from);
    }
    return json.replace(from, to);
  }

  @Test
  void lesson1TheTanhRnnsGradientToStep1FadesAHundredThousandFoldWhileTheLossStalls() {
    var run = LessonRun.of("vanishing-tanh.json");
    System.out.println(run);

    // "At the start it still reaches the early steps"
    assertThat(timeRatio(run.first(), 0)).isGreaterThan(0.05);
    // "within about a hundred training steps ... a hundred thousand times weaker"
    Probe at100 = run.probes().stream().filter(p -> p.step() == 100).findFirst().orElseThrow();
    assertThat(timeRatio(at100, 0)).isLessThan(1e-4);
    assertThat(timeRatio(run.last(), 0)).isLessThan(1e-3);
    // "the loss stalls not far below the chance line"
    assertThat(run.finalLoss(200)).isBetween(0.6 * run.baseline(), 1.2 * run.baseline());
    // The chart's dashed ρ^ℓ line is a linear RNN's; the text says the tanh RNN falls below it.
    double rho = run.last().spectralRadius()[0][0];
    assertThat(rho).isGreaterThan(1);
  }

  @Test
  void lesson2TheLinearRnnsGradientScalesExactlyLikeRhoToTheDistance() {
    for (double rho : new double[] {0.8, 1.0, 1.2}) {
      var run =
          LessonRun.of(
              "eigenvalues.json",
              json -> with(json, "\"spectralRadius\": 0.8", "\"spectralRadius\": " + rho));
      System.out.println(run);

      // "the gradient at step 1 is about ρ^49 of the last" (0.00002, 1, 7600)
      assertThat(run.end()).isEqualTo(RunStatus.FINISHED);
      assertThat(run.probes()).hasSize(1);
      double ratio = timeRatio(run.first(), 0);
      assertThat(Math.log10(ratio)).isCloseTo(49 * Math.log10(rho), within(0.5));
    }
  }

  @Test
  void lesson3WithoutClippingTheExplodingRnnDivergesAndWithClippingItTrains() {
    var a = LessonRun.of("exploding-clipping.json");
    var b = LessonRun.of("exploding-clipping.b.json");
    System.out.println(a);
    System.out.println(b);

    // Step 0 (the lesson's heatmap view): going back in time the gradient grows, ~2500-fold.
    assertThat(timeRatio(a.first(), 0)).isGreaterThan(500);
    assertThat(a.first().globalNormBefore()).isGreaterThan(1000);
    // A: the updates explode with it and the run diverges, "at about step 200".
    assertThat(a.end()).isEqualTo(RunStatus.DIVERGED);
    assertThat(a.message()).startsWith("diverged at step ");
    assertThat(a.stepsTaken()).isBetween(100, 299);
    assertThat(a.peak().globalNormBefore()).isGreaterThan(1e6 * a.first().globalNormBefore());
    // "within ten steps the spectral radius of W_h jumps into the thousands"
    Probe at10 = a.probes().stream().filter(p -> p.step() == 10).findFirst().orElseThrow();
    assertThat(at10.spectralRadius()[0][0]).isGreaterThan(1000);
    // B: clipped at 1, the same network finishes near the chance line with a usable gradient.
    assertThat(b.end()).isEqualTo(RunStatus.FINISHED);
    assertThat(b.first().globalNormBefore()).isEqualTo(a.first().globalNormBefore());
    for (Probe p : b.probes().subList(0, b.probes().size() - 1)) {
      assertThat(p.globalNormAfter()).as("step %d", p.step()).isLessThanOrEqualTo(1.0 + 1e-9);
    }
    assertThat(b.finalLoss(100)).isLessThan(3 * b.baseline());
    assertThat(timeRatio(b.last(), 0)).isGreaterThan(1e-8);
  }

  @Test
  void lesson4TheLstmSolvesTheAddingProblemWhereTheRnnStaysOnTheChanceLine() {
    var rnn = LessonRun.of("lstm-vs-rnn.a.json");
    var lstm = LessonRun.of("lstm-vs-rnn.json");
    System.out.println(rnn);
    System.out.println(lstm);

    assertThat(rnn.finalLoss(200)).isGreaterThan(0.7 * rnn.baseline());
    // "at first even the LSTM's gradient fades, but between steps 600 and 1000 it learns"
    assertThat(lossAt(lstm, 500)).isGreaterThan(0.7 * lstm.baseline());
    assertThat(lossAt(lstm, 1000)).isLessThan(0.3 * lstm.baseline());
    assertThat(lstm.finalLoss(200)).isLessThan(0.05 * lstm.baseline());
    assertThat(lstm.finalLoss(200)).isLessThan(0.05 * rnn.finalLoss(200));
    // "the heatmap lights up back to step 1": the LSTM's far gradient against the RNN's
    assertThat(timeRatio(lstm.last(), 0)).isGreaterThan(1e-2);
    assertThat(timeRatio(rnn.last(), 0)).isLessThan(1e-8);
  }

  @Test
  void lesson5WithoutAForgetGateTheGradientTravelsBiasZeroLosesItAndBiasOneLearns() {
    var lstm1997 = LessonRun.of("forget-gate.json");
    var bias0 =
        LessonRun.of(
            "forget-gate.b.json", json -> with(json, "\"forgetBias\": 1.0", "\"forgetBias\": 0.0"));
    var bias1 = LessonRun.of("forget-gate.b.json");
    System.out.println(lstm1997);
    System.out.println(bias0);
    System.out.println(bias1);

    // 1997: "its gradient travels well" (step 0 reaches step 1 undiminished) "but it learns slowly"
    assertThat(timeRatio(lstm1997.first(), 0)).isGreaterThan(0.3);
    assertThat(lstm1997.finalLoss(200)).isGreaterThan(0.7 * lstm1997.baseline());
    // bias 0: "multiplied by about 0.5 a hundred times and vanishes"
    assertThat(timeRatio(bias0.first(), 0)).isLessThan(1e-10);
    assertThat(bias0.first().forgetGate()[0][50]).isBetween(0.3, 0.7);
    // bias 1: the gate starts mostly open, and it solves the task
    assertThat(bias1.first().forgetGate()[0][50]).isGreaterThan(0.65);
    assertThat(bias1.finalLoss(200)).isLessThan(0.1 * bias1.baseline());
  }

  @Test
  void lesson6TheResidualStackKeepsItsLowerLayersGradientAndLearnsWhereThePlainOneCannot() {
    var plain = LessonRun.of("deep-skips.json");
    var residual = LessonRun.of("deep-skips.b.json");
    var dense = LessonRun.of("deep-skips.json", json -> with(json, "\"plain\"", "\"dense\""));
    var highway = LessonRun.of("deep-skips.json", json -> with(json, "\"plain\"", "\"highway\""));
    System.out.println(plain);
    System.out.println(residual);
    System.out.println(dense);
    System.out.println(highway);

    // The heatmaps show step 0 (a solved task has a small gradient everywhere, which answers
    // another question): the plain stack's bottom layer gets a fifth of the top's gradient, the
    // residual one about a hundred times the top's, through the sum of its straight paths down.
    assertThat(depthRatio(plain.first())).isLessThan(0.5);
    assertThat(depthRatio(residual.first())).isGreaterThan(30);
    assertThat(residual.first().hiddenGrad()[0][0])
        .isGreaterThan(100 * plain.first().hiddenGrad()[0][0]);
    // "the loss stays at the chance line"; residual and dense "learn within a few hundred steps"
    assertThat(plain.finalLoss(200)).isGreaterThan(0.8 * plain.baseline());
    assertThat(lossAt(residual, 500)).isLessThan(0.1 * residual.baseline());
    assertThat(lossAt(dense, 500)).isLessThan(0.3 * dense.baseline());
    // "Highway gets there within about a thousand"
    assertThat(highway.finalLoss(200)).isLessThan(0.5 * highway.baseline());
  }

  @Test
  void lesson7FourResidualLstmLayersLearnTheAddingProblemAndFourPlainOnesDoNot() {
    var residual = LessonRun.of("stacked-lstm.json");
    var plain = LessonRun.of("stacked-lstm.json", json -> with(json, "\"residual\"", "\"plain\""));
    System.out.println(residual);
    System.out.println(plain);

    // "within about 600 steps the loss falls far below the chance line"
    assertThat(lossAt(residual, 700)).isLessThan(0.2 * residual.baseline());
    assertThat(residual.finalLoss(100)).isLessThan(0.05 * residual.baseline());
    assertThat(plain.finalLoss(200)).isGreaterThan(0.7 * plain.baseline());
  }

  @Test
  void lesson8TwoIndRnnLayersCarryTheGradientBackOneHundredStepsAndLearnWhereUIsNearOne() {
    var run = LessonRun.of("indrnn.json");
    System.out.println(run);

    // "the eigenvalue chart draws them on the real axis, all between 0 and 1 at the start"
    for (var spectrum : run.first().eigenvalues()[0]) {
      assertThat(spectrum.block()).isEqualTo("u");
      assertThat(spectrum.im()).containsOnly(0.0);
      assertThat(java.util.Arrays.stream(spectrum.re()).min().orElseThrow()).isNotNegative();
      assertThat(java.util.Arrays.stream(spectrum.re()).max().orElseThrow()).isLessThan(1.0);
    }
    // "At step 0 the gradient that reaches step 1 is about a thousandth of the last step's"
    assertThat(timeRatio(run.first(), 0)).isBetween(1e-4, 1e-2);
    // "within a few hundred steps ... the heatmap lights up back to step 1"
    assertThat(
            run.probes().stream()
                .filter(p -> p.step() <= 600)
                .mapToDouble(p -> timeRatio(p, 0))
                .max()
                .orElseThrow())
        .isGreaterThan(0.3);
    // "(a few end slightly above it)"
    assertThat(run.last().spectralRadius()[0][0]).isBetween(0.95, 1.3);
    // "the loss drops far below the chance line"
    assertThat(run.finalLoss(200)).isLessThan(0.5 * run.baseline());
  }

  @Test
  void lesson8WithUAtMostOneHalfTheGradientVanishesAndAtOneAndAHalfItExplodes() {
    var small =
        LessonRun.of(
            "indrnn.json",
            json -> with(json, "\"xavier\"}", "\"xavier\", \"spectralRadius\": 0.5}"));
    var large =
        LessonRun.of(
            "indrnn.json",
            json -> with(json, "\"xavier\"}", "\"xavier\", \"spectralRadius\": 1.5}"));
    System.out.println(small);
    System.out.println(large);

    // "the gradient to step 1 is 10^−30 of the last, and the loss stays on the chance line"
    assertThat(Math.log10(timeRatio(small.first(), 0))).isCloseTo(-30, within(3.0));
    assertThat(small.finalLoss(200)).isGreaterThan(0.7 * small.baseline());
    // "activity and gradient grow like 1.5^ℓ, and the loss starts astronomically high"
    assertThat(timeRatio(large.first(), 0)).isGreaterThan(1e10);
    assertThat(large.first().loss()).isGreaterThan(1e20 * large.baseline());
  }

  /** The mean loss over the 100 steps before {@code step}. */
  private static double lossAt(LessonRun run, int step) {
    double sum = 0;
    for (int i = step - 100; i < step; i++) {
      sum += run.losses()[i];
    }
    return sum / 100;
  }

  @Test
  void lesson9TheForgetGateGovernsTheCellPathOpenAndShutsItClosed() {
    var a = LessonRun.of("forget-is-b.json");
    var b = LessonRun.of("forget-is-b.b.json");
    System.out.println(a);
    System.out.println(b);
    for (var run : java.util.List.of(a, b)) {
      assertThat(run.end()).isEqualTo(RunStatus.FINISHED);
      assertThat(run.last().step()).isEqualTo(300);
    }
    // A, bias −3: "f ≈ 0.04", "∏B over 100 steps is about 10^−121", "D is the largest term, three
    // to seven times B", "the whole product is about 10^−54 or less"
    for (Probe p : java.util.List.of(a.first(), a.last())) {
      var t = p.cellTerms()[0];
      assertThat(p.forgetGate()[0][50]).isBetween(0.03, 0.055);
      assertThat(Math.log10(t.productB()[0])).isBetween(-128.0, -115.0);
      assertThat(Math.log10(t.productAll()[0])).isLessThan(-50.0);
      double least = Double.MAX_VALUE;
      double most = 0;
      for (int s = 1; s < 100; s++) {
        assertThat(t.d()[s]).isGreaterThan(Math.max(t.a()[s], t.c()[s]));
        least = Math.min(least, t.d()[s] / t.b()[s]);
        most = Math.max(most, t.d()[s] / t.b()[s]);
      }
      System.out.printf("D/B from %.2f to %.2f%n", least, most);
      assertThat(least).isGreaterThan(2.8);
      assertThat(most).isLessThan(8.0);
    }
    // B, bias +3, trained: "f ≈ 0.93", "B is at least three times D (fifty times near the loss)
    // and at least twenty times A and C", "∏B (about 10^−5) stays within a factor of three of the
    // whole product"
    Probe trained = b.last();
    var t = trained.cellTerms()[0];
    assertThat(trained.forgetGate()[0][50]).isBetween(0.91, 0.95);
    double nearLoss = 0;
    for (int s = 1; s < 100; s++) {
      assertThat(t.b()[s] / t.d()[s]).as("B/D at t = %d", s).isGreaterThan(3.0);
      assertThat(t.b()[s] / Math.max(t.a()[s], t.c()[s]))
          .as("B/A, B/C at %d", s)
          .isGreaterThan(20.0);
      nearLoss = Math.max(nearLoss, t.b()[s] / t.d()[s]);
    }
    assertThat(nearLoss).isBetween(25.0, 100.0);
    assertThat(t.b()[99] / t.d()[99]).isGreaterThan(t.b()[1] / t.d()[1]);
    assertThat(Math.log10(t.productB()[0])).isBetween(-5.5, -4.0);
    assertThat(t.productAll()[0] / t.productB()[0]).isBetween(1.0 / 3, 3.0);
    // "At step 0 ... the whole product grows about a hundredfold while ∏B falls to 0.01"
    var fresh = b.first().cellTerms()[0];
    assertThat(fresh.productAll()[0]).isBetween(30.0, 300.0);
    assertThat(fresh.productB()[0]).isBetween(0.005, 0.02);
  }

  @Test
  void lesson10NoStepBeatsTheBoundTanhShrinksEveryStepAndTheLinearRnnNearlyKeepsRho() {
    var a = LessonRun.of("bound.json");
    var b = LessonRun.of("bound.b.json");
    System.out.println(a);
    System.out.println(b);
    var ja = a.first().stepJacobian()[0];
    var jb = b.first().stepJacobian()[0];
    // "ρ = 1; σ_max is 1.73", "the bound reaches 10^11 at ℓ = 49"
    assertThat(ja.rho()).isCloseTo(1.0, within(1e-9));
    assertThat(ja.sigmaMax()).isCloseTo(1.73, within(0.01));
    assertThat(Math.log10(Math.pow(ja.bound(), 49))).isCloseTo(11.6, within(0.6));
    // "the measured line can never cross the bound": step by step, and along the whole path
    for (var j : java.util.List.of(ja, jb)) {
      for (int s = 1; s < j.gain().length; s++) {
        assertThat(j.gain()[s]).isLessThanOrEqualTo(j.bound());
      }
    }
    // "tanh: step gain about 0.92 ... a sixtieth of the last"; "identity: about 0.98 ... 0.4"
    assertThat(geometricMean(ja.gain())).isCloseTo(0.92, within(0.02));
    assertThat(geometricMean(jb.gain())).isCloseTo(0.98, within(0.02));
    assertThat(timeRatio(a.first(), 0)).isBetween(1.0 / 90, 1.0 / 40);
    assertThat(timeRatio(b.first(), 0)).isBetween(0.3, 0.55);
    assertThat(b.first().gradientModes()[0].re()).isNotEmpty();
  }

  private static double geometricMean(double[] gains) {
    double logs = 0;
    for (int s = 1; s < gains.length; s++) {
      logs += Math.log(gains[s]);
    }
    return Math.exp(logs / (gains.length - 1));
  }

  @Test
  void lesson11PlainLayersMultiplyToAFifthAndResidualLayersEachAddAnIdentity() {
    var a = LessonRun.of("residual-adds-i.json");
    var b = LessonRun.of("residual-adds-i.b.json");
    System.out.println(a);
    System.out.println(b);
    double productA = 1;
    double productB = 1;
    for (int l = 1; l < 30; l++) {
      double ga = a.first().depthGain()[l];
      double gb = b.first().depthGain()[l];
      // "between 0.7 and 1.25"; "every gain is above 1 (1.05 to 1.55)"; "under its bound"
      assertThat(ga).isBetween(0.65, 1.3);
      assertThat(gb).isBetween(1.02, 1.6);
      assertThat(ga).isLessThanOrEqualTo(a.first().depthBound()[l]);
      assertThat(gb).isLessThanOrEqualTo(b.first().depthBound()[l]);
      productA *= ga;
      productB *= gb;
    }
    // "the 29 of them multiply to about 0.2"; "together they make about 110"
    assertThat(productA).isBetween(0.1, 0.4);
    assertThat(productB).isBetween(60.0, 200.0);
    assertThat(LessonRun.depthRatio(a.first())).isBetween(0.1, 0.4);
    assertThat(LessonRun.depthRatio(b.first())).isBetween(60.0, 200.0);
  }
}
