package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.LayerConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecayProfileChartTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theConfigIsAScatterOnALogAxisWithPointLabelTooltips() {
    JsonNode config =
        JSON.readTree(DecayProfileChart.config(DecayProfileChart.Third.NONE).toJson());

    assertThat(config.path("type").asString()).isEqualTo("scatter");
    assertThat(config.path("options").path("scales").path("y").path("type").asString())
        .isEqualTo("logarithmic");
    assertThat(config.path("options").path("gradflow").path("tooltip").asString())
        .isEqualTo("pointLabel");
    var datasets = config.path("data").path("datasets");
    assertThat(datasets.size()).isEqualTo(2);
    assertThat(datasets.get(1).path("borderDash").size())
        .as("dashed, not just coloured")
        .isEqualTo(2);
    assertThat(
            JSON.readTree(DecayProfileChart.config(DecayProfileChart.Third.CELL).toJson())
                .path("data")
                .path("datasets")
                .size())
        .isEqualTo(3);
  }

  @Test
  void pointsALogAxisCannotPlaceAreLeftOutAndNamedInTheNote() {
    var points =
        DecayProfile.points("g", new double[] {1, Double.NaN, 0, Double.POSITIVE_INFINITY, 0.5});

    assertThat(points).extracting(LabelledPoint::x).containsExactly(0.0, 4.0);
    assertThat(points.get(1).label()).containsExactly("ℓ = 4 (t = 0)", "g = 0.5000");
    assertThat(DecayProfileChart.Text.leftOut(2, 1))
        .contains("2 measured values are NaN or infinite")
        .contains("1 measured values are exactly 0");
  }

  @Test
  void showingAnRnnProbeSendsMeasuredTheLinearRnnLineAndTheBoundWithTheirNumbersInTheLegend() {
    var chart = new DecayProfileChart("decay");
    var probe = RealProbes.probe(20, 0.9, RealProbes.identityRnn(8));

    chart.show(probe);

    var element = chart.getChildren().findFirst().orElseThrow().getElement();
    JsonNode datasets = JSON.readTree(element.getProperty("data")).path("datasets");
    assertThat(datasets.size()).isEqualTo(3);
    assertThat(datasets.get(0).path("label").asString()).isEqualTo("measured ‖dL/dh_t‖, layer 1");
    assertThat(datasets.get(1).path("label").asString())
        .isEqualTo("linear RNN prediction ρ^ℓ, ρ = 0.9000 of W_h (exact only for σ′ = 1)");
    assertThat(datasets.get(2).path("label").asString())
        .isEqualTo("bound (γ·σ_max)^ℓ: γ = 1.000, σ_max = 0.9000, γ·σ_max = 0.9000");
    var measured = datasets.get(0).path("data");
    var predicted = datasets.get(1).path("data");
    assertThat(measured.size()).isEqualTo(20);
    assertThat(predicted.size()).isEqualTo(20);
    for (int l = 0; l < 20; l++) {
      double m = measured.get(l).path("y").asDouble();
      assertThat(predicted.get(l).path("y").asDouble())
          .isCloseTo(m, org.assertj.core.api.Assertions.within(1e-9 * m));
    }
    assertThat(element.getAttribute("aria-label")).contains("ρ = 0.9000 predicts");
  }

  @Test
  void anLstmLayerAddsItsCellStateLineAndTheTableColumnForIt() {
    var chart = new DecayProfileChart("decay");
    var probe = RealProbes.probe(20, 0.9, LayerConfig.lstm(4, true, 1.0));

    chart.show(probe);

    var element = chart.getChildren().findFirst().orElseThrow().getElement();
    assertThat(JSON.readTree(element.getProperty("config")).path("data").path("datasets").size())
        .isEqualTo(3);
    var table = DecayProfile.of(probe, 0).table();
    assertThat(table.headers()).hasSize(5).last().isEqualTo("measured ‖dL/dc_t‖");
    assertThat(table.headers().get(3)).isEqualTo("∏ f_s");
    assertThat(table.rows()).hasSize(20);
  }
}
