package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.LayerConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SpectralRadiusChartTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void eachMatrixGetsALineOfRhoByProbeStepStartingAtTheInitialisedRadius() {
    var probes = RealProbes.trained(10, 3, 0.9, RealProbes.identityRnn(4), LayerConfig.lstm(4));

    var history = SpectralRadiusChart.history(probes, Spectra.series(probes.getLast()).size());

    assertThat(history).hasSize(5);
    for (var line : history) {
      assertThat(line).extracting(p -> p[0]).containsExactly(0.0, 1.0, 2.0);
      assertThat(line.getFirst()[1]).isCloseTo(0.9, within(1e-9));
    }
    assertThat(history.get(0).get(2)[1]).isNotEqualTo(0.9);
  }

  @Test
  void theConfigDrawsOneStyledLinePerMatrixAndTheLineRhoEqualsOneLast() {
    var probe = RealProbes.probe(10, 0.9, RealProbes.identityRnn(4), RealProbes.identityRnn(4));

    JsonNode config = JSON.readTree(SpectralRadiusChart.config(Spectra.series(probe)).toJson());

    var datasets = config.path("data").path("datasets");
    assertThat(datasets.size()).isEqualTo(3);
    assertThat(datasets.get(0).path("pointStyle").asString())
        .isNotEqualTo(datasets.get(1).path("pointStyle").asString());
    assertThat(datasets.get(2).path("label").asString()).isEqualTo(SpectralRadiusChart.Text.one());
  }

  @Test
  void showingTheProbesSendsEveryLineAndTheReferenceFromStepZeroToTheLast() {
    var probes = RealProbes.trained(10, 3, 0.9, RealProbes.identityRnn(4));
    var chart = new SpectralRadiusChart("rho");

    chart.show(probes);

    var element = chart.getChildren().findFirst().orElseThrow().getElement();
    JsonNode data = JSON.readTree(element.getProperty("data"));
    assertThat(data.path("datasets").get(0).path("data").size()).isEqualTo(3);
    var one = data.path("datasets").get(1).path("data");
    assertThat(one.get(1).path("x").asDouble()).isEqualTo(2);
    assertThat(one.get(1).path("y").asDouble()).isEqualTo(1);
    var table = SpectralRadiusChart.table(probes, Spectra.series(probes.getLast()));
    assertThat(table.headers()).containsExactly("training step", "layer 1 W_h");
    assertThat(table.rows()).hasSize(3);
  }

  @Test
  void aRadiusFarAboveOneIsDrawnOnTheTopEdgeAndTheNoteGivesItsRealSize() {
    var probes = RealProbes.trained(10, 2, 8.0, RealProbes.identityRnn(4));
    var chart = new SpectralRadiusChart("rho");

    chart.show(probes);

    JsonNode data = JSON.readTree(chart.chart.getElement().getProperty("data"));
    for (var point : data.path("datasets").get(0).path("data")) {
      assertThat(point.path("y").asDouble()).isLessThanOrEqualTo(Spectra.EDGE);
    }
    assertThat(chart.note.getText()).contains("drawn on the top edge").contains("8.000");
  }

  @Test
  void aProbeThatCarriesAnEarlierProbesEigenvaluesAddsNoPointAndTheEigenvalueChartSaysWhichStep() {
    var fresh = RealProbes.probe(10, 0.9, LayerConfig.lstm(4, true, 1.0));
    var later = KnownProbes.later(fresh, fresh.step() + 20, fresh.step(), null);

    var history = SpectralRadiusChart.history(java.util.List.of(fresh, later), 4);

    assertThat(history).allSatisfy(series -> assertThat(series).hasSize(1));
    var eigen = new EigenvalueChart("eigen");
    eigen.show(later);
    assertThat(eigen.note.getText()).startsWith("Eigenvalues of step 0:").contains("step 20");
  }
}
