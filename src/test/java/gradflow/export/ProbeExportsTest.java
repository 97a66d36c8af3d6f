package gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.Probe;
import gradflow.experiment.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * probes.csv and probes.json parse, and hold every number of every probe exactly: a student's
 * analysis in a notebook starts from these files, so a lost digit or a dropped layer would be a
 * wrong result, not a cosmetic one. A diverged probe is included for its NaN and infinities.
 */
class ProbeExportsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An LSTM under an RNN, so that cell-state rows exist for one layer and not the other. */
  static final ExperimentSpec MIXED =
      ExportFixtures.spec(
          """
          {"task": {"kind": "adding", "length": 9},
           "layers": [{"cell": "lstm", "hidden": 5}, {"cell": "rnn", "hidden": 4}],
           "training": {"batchSize": 3, "steps": 4}, "probeEvery": 2, "seed": 8}
          """);

  /**
   * MIXED's probes and one more like its last, as a diverging step leaves it: loss NaN, gradient
   * norms infinite.
   */
  static List<Probe> withDivergedProbe() {
    List<Probe> probes = new ArrayList<>(ExportFixtures.gradFlowProbes(MIXED));
    Probe last = probes.getLast();
    double[][] hidden = last.hiddenGrad().clone();
    hidden[1] = hidden[1].clone();
    hidden[1][3] = Double.POSITIVE_INFINITY;
    probes.add(
        new Probe(
            last.step() + 1,
            Double.NaN,
            hidden,
            last.cellGrad(),
            last.forgetGate(),
            last.weightGrad(),
            last.readoutGrad(),
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            false,
            last.spectralRadius(),
            last.eigenvalues()));
    return probes;
  }

  @Test
  void theCsvHoldsOneRowPerNumberOfEveryProbe() {
    for (List<Probe> probes : List.of(ExportFixtures.gradFlowProbes(MIXED), withDivergedProbe())) {
      ExperimentSpec spec = MIXED;
      String csv = Exports.text(ExportFile.PROBES_CSV, new ExportSource("x", spec, probes));

      List<String> lines = csv.lines().toList();
      assertThat(lines.getFirst()).isEqualTo("step,layer,t,quantity,value");
      List<String> expected = new ArrayList<>();
      for (Probe p : probes) {
        expected.addAll(rows(p));
      }
      assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
      for (String line : lines.subList(1, lines.size())) {
        assertThat(line.split(",", -1)).hasSize(5);
      }
    }
  }

  @Test
  void theCsvRowsParseBackToTheProbesDoubles() {
    List<Probe> probes = ExportFixtures.gradFlowProbes(MIXED);
    String csv = Exports.text(ExportFile.PROBES_CSV, new ExportSource("x", MIXED, probes));

    int checked = 0;
    for (String line : csv.lines().skip(1).toList()) {
      String[] f = line.split(",", -1);
      Probe p = probes.stream().filter(q -> q.step() == Integer.parseInt(f[0])).findFirst().get();
      double value = Double.parseDouble(f[4]);
      double expected = valueOf(p, f[1], f[2], f[3]);
      assertThat(Double.compare(value, expected)).as(line).isZero();
      checked++;
    }
    // per probe: 3 network numbers; LSTM: 9 hiddenGrad + 9 cellGrad + 9 forgetGate + 1 + 4 blocks,
    // 9 stepWeightGrad + 6 x 9 cell terms and products + depth gain and bound;
    // RNN: 9 hiddenGrad + 1 + 1 block, 9 stepWeightGrad + 9 gains + 1 bound + depth gain and bound
    assertThat(checked).isEqualTo(probes.size() * (3 + (32 + 9 + 54 + 2) + (11 + 9 + 10 + 2)));
    assertThat(probes).extracting(Probe::step).containsExactly(0, 2, 4);
  }

  @Test
  void theJsonIsTheApisProbeListAndHoldsEveryNumber() {
    for (List<Probe> probes : List.of(ExportFixtures.gradFlowProbes(MIXED), withDivergedProbe())) {
      ExperimentSpec spec = MIXED;
      JsonNode json =
          JSON.readTree(Exports.text(ExportFile.PROBES_JSON, new ExportSource("x", spec, probes)));

      assertThat(json.isArray()).isTrue();
      assertThat(json).hasSize(probes.size());
      for (int i = 0; i < probes.size(); i++) {
        Probe p = probes.get(i);
        JsonNode j = json.get(i);
        assertThat(j.get("step").asInt()).isEqualTo(p.step());
        assertThat(j.get("finite").asBoolean()).isEqualTo(p.finite());
        same(j.get("loss"), p.loss());
        same(j.get("globalNormBefore"), p.globalNormBefore());
        for (int l = 0; l < p.hiddenGrad().length; l++) {
          for (int t = 0; t < p.hiddenGrad()[l].length; t++) {
            same(j.get("hiddenGrad").get(l).get(t), p.hiddenGrad()[l][t]);
          }
          same(j.get("weightGrad").get(l), p.weightGrad()[l]);
          assertThat(j.get("eigenvalues").get(l).size()).isEqualTo(p.eigenvalues()[l].length);
        }
        if (p.cellTerms() != null) {
          // cellTerms[l][t] = {a, b, c, d} for the LSTM layer, null for the RNN above it
          for (int t = 0; t < p.cellTerms()[0].a().length; t++) {
            JsonNode term = j.get("cellTerms").get(0).get(t);
            same(term.get("a"), p.cellTerms()[0].a()[t]);
            same(term.get("b"), p.cellTerms()[0].b()[t]);
            same(term.get("c"), p.cellTerms()[0].c()[t]);
            same(term.get("d"), p.cellTerms()[0].d()[t]);
            same(j.get("cellProducts").get(0).get(t).get("all"), p.cellTerms()[0].productAll()[t]);
          }
          assertThat(j.get("cellTerms").get(1).isNull()).isTrue();
          assertThat(j.get("stepJacobian").get(0).isNull()).isTrue();
          same(j.get("stepJacobian").get(1).get("bound"), p.stepJacobian()[1].bound());
          same(j.get("depthGain").get(0), Double.NaN);
          same(j.get("depthGain").get(1), p.depthGain()[1]);
        }
      }
      if (!probes.getLast().finite()) {
        JsonNode last = json.get(json.size() - 1);
        assertThat(last.get("finite").asBoolean()).isFalse();
        assertThat(last.get("loss").asString()).isEqualTo("NaN");
        assertThat(last.get("hiddenGrad").get(1).get(3).asString()).isEqualTo("Infinity");
      }
    }
  }

  /** Bit for bit, NaN included. */
  private static void same(JsonNode json, double expected) {
    assertThat(Double.compare(number(json), expected)).as("%s vs %s", json, expected).isZero();
  }

  /** A JSON number, or the strings the API writes for the numbers JSON lacks. */
  private static double number(JsonNode n) {
    return n.isString() ? Double.parseDouble(n.asString()) : n.asDouble();
  }

  private static List<String> rows(Probe p) {
    List<String> out = new ArrayList<>();
    int s = p.step();
    out.add(s + ",,,loss," + p.loss());
    out.add(s + ",,,globalNormBefore," + p.globalNormBefore());
    out.add(s + ",,,globalNormAfter," + p.globalNormAfter());
    for (int l = 0; l < p.hiddenGrad().length; l++) {
      addSeries(out, s, l, "hiddenGrad", p.hiddenGrad()[l]);
      addSeries(out, s, l, "cellGrad", p.cellGrad()[l]);
      addSeries(out, s, l, "forgetGate", p.forgetGate()[l]);
      out.add(s + "," + l + ",,weightGrad," + p.weightGrad()[l]);
      addSeries(out, s, l, "spectralRadius", p.spectralRadius()[l]);
      if (p.stepWeightGrad() != null) {
        addSeries(out, s, l, "stepWeightGrad", p.stepWeightGrad()[l]);
      }
      var terms = p.cellTerms() == null ? null : p.cellTerms()[l];
      if (terms != null) {
        addSeries(out, s, l, "cellTermA", terms.a());
        addSeries(out, s, l, "cellTermB", terms.b());
        addSeries(out, s, l, "cellTermC", terms.c());
        addSeries(out, s, l, "cellTermD", terms.d());
        addSeries(out, s, l, "cellProductAll", terms.productAll());
        addSeries(out, s, l, "cellProductB", terms.productB());
      }
      var jacobian = p.stepJacobian() == null ? null : p.stepJacobian()[l];
      if (jacobian != null) {
        addSeries(out, s, l, "stepJacobianGain", jacobian.gain());
        out.add(s + "," + l + ",,stepJacobianBound," + jacobian.bound());
      }
      if (p.depthGain() != null) {
        out.add(s + "," + l + ",,depthGain," + p.depthGain()[l]);
        out.add(s + "," + l + ",,depthBound," + p.depthBound()[l]);
      }
    }
    return out;
  }

  private static void addSeries(List<String> out, int s, int l, String q, double[] v) {
    if (v != null) {
      for (int t = 0; t < v.length; t++) {
        out.add(s + "," + l + "," + t + "," + q + "," + v[t]);
      }
    }
  }

  private static double valueOf(Probe p, String layer, String t, String quantity) {
    return switch (quantity) {
      case "loss" -> p.loss();
      case "globalNormBefore" -> p.globalNormBefore();
      case "globalNormAfter" -> p.globalNormAfter();
      case "weightGrad" -> p.weightGrad()[Integer.parseInt(layer)];
      case "stepJacobianBound" -> p.stepJacobian()[Integer.parseInt(layer)].bound();
      case "depthGain" -> p.depthGain()[Integer.parseInt(layer)];
      case "depthBound" -> p.depthBound()[Integer.parseInt(layer)];
      default -> {
        int l = Integer.parseInt(layer);
        int i = Integer.parseInt(t);
        yield switch (quantity) {
          case "hiddenGrad" -> p.hiddenGrad()[l][i];
          case "cellGrad" -> p.cellGrad()[l][i];
          case "forgetGate" -> p.forgetGate()[l][i];
          case "spectralRadius" -> p.spectralRadius()[l][i];
          case "stepWeightGrad" -> p.stepWeightGrad()[l][i];
          case "cellTermA" -> p.cellTerms()[l].a()[i];
          case "cellTermB" -> p.cellTerms()[l].b()[i];
          case "cellTermC" -> p.cellTerms()[l].c()[i];
          case "cellTermD" -> p.cellTerms()[l].d()[i];
          case "cellProductAll" -> p.cellTerms()[l].productAll()[i];
          case "cellProductB" -> p.cellTerms()[l].productB()[i];
          case "stepJacobianGain" -> p.stepJacobian()[l].gain()[i];
          default -> throw new AssertionError("unknown quantity " + quantity);
        };
      }
    };
  }

  @Test
  void theProbeJsonSaysWhichStepsPassTheCarriedDerivationsAndEigenvaluesBelongTo() {
    var trainer =
        new gradflow.engine.Trainer(
            new gradflow.engine.Network(
                gradflow.engine.NetworkConfig.of(
                    2,
                    1,
                    List.of(gradflow.engine.LayerConfig.lstm(4, true, 1.0)),
                    gradflow.engine.ConnectionKind.PLAIN,
                    gradflow.engine.InitScheme.XAVIER,
                    null,
                    1)),
            gradflow.engine.OptimizerConfig.adam(1e-3),
            gradflow.engine.Clipping.norm(1));
    var rng = new java.util.SplittableRandom(2);
    List<ProbeJson> probes = new ArrayList<>();
    for (int s = 0; s < 21; s++) {
      var x = new org.ejml.data.DMatrixRMaj[6];
      for (int t = 0; t < x.length; t++) {
        x[t] = new org.ejml.data.DMatrixRMaj(4, 2);
        for (int i = 0; i < 8; i++) {
          x[t].data[i] = rng.nextDouble();
        }
      }
      var y = new org.ejml.data.DMatrixRMaj(4, 1);
      var batch =
          new gradflow.engine.Batch(
              x,
              new gradflow.engine.Batch.Regression(
                  new int[] {5}, new org.ejml.data.DMatrixRMaj[] {y}));
      var r = trainer.step(batch, s % 10 == 0);
      if (r.probe() != null) {
        probes.add(ProbeJson.of(r.probe()));
      }
    }

    assertThat(probes).extracting(ProbeJson::step).containsExactly(0, 10, 20);
    // an LSTM probed every 10 steps measures its derivations every second probe
    assertThat(probes).extracting(ProbeJson::derivationsStep).containsExactly(0, 0, 20);
    assertThat(probes).extracting(ProbeJson::spectraStep).containsExactly(0, 10, 20);
  }
}
