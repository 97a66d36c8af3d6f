package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.Activation;
import gradflow.engine.LayerConfig;
import gradflow.ui.chart.MatrixCell;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ForgetGateHeatmapTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int T = 12;

  @Test
  void onlyLstmLayersGetARowLabelledWithTheirOwnLayerNumber() {
    var probe =
        RealProbes.probe(
            T,
            null,
            LayerConfig.rnn(4, Activation.TANH),
            LayerConfig.lstm(4, true, 1.0),
            LayerConfig.gru(4),
            LayerConfig.lstm(4));

    var layers = ForgetGateHeatmap.lstmLayers(probe);
    var cells = ForgetGateHeatmap.cells(probe, layers);

    assertThat(layers).containsExactly(1, 3);
    assertThat(cells).hasSize(2 * T);
    assertThat(cells.get(0)).isEqualTo(new MatrixCell(0, 0, probe.forgetGate()[1][0]));
    assertThat(cells.get(T + 5)).isEqualTo(new MatrixCell(5, 1, probe.forgetGate()[3][5]));
    assertThat(cells).allSatisfy(c -> assertThat(c.v()).isBetween(0.0, 1.0));
    JsonNode rules =
        JSON.readTree(ForgetGateHeatmap.config(layers, T).toJson())
            .path("options")
            .path("gradflow");
    assertThat(rules.path("rowLabels").get(0).asString()).isEqualTo("layer 2");
    assertThat(rules.path("rowLabels").get(1).asString()).isEqualTo("layer 4");
    assertThat(rules.path("rows").asInt()).isEqualTo(2);
    assertThat(rules.path("columns").asInt()).isEqualTo(T);
  }

  @Test
  void theScaleIsLinearFromZeroToOneInItsOwnColourMap() {
    JsonNode config = JSON.readTree(ForgetGateHeatmap.config(java.util.List.of(0), T).toJson());

    assertThat(config.path("type").asString()).isEqualTo("matrix");
    var rules = config.path("options").path("gradflow");
    assertThat(rules.path("colorMap").asString()).isEqualTo("magma");
    assertThat(rules.path("min").asDouble()).isEqualTo(0);
    assertThat(rules.path("max").asDouble()).isEqualTo(1);
    assertThat(rules.path("valueLabel").asString()).isEqualTo(ForgetGateHeatmap.Text.value());
  }

  @Test
  void anLstmWithoutAForgetGateShowsFAsOneEverywhere() {
    var probe = RealProbes.probe(T, null, LayerConfig.lstm(4, false, 0.0));

    var cells = ForgetGateHeatmap.cells(probe, ForgetGateHeatmap.lstmLayers(probe));

    assertThat(cells).hasSize(T).allSatisfy(c -> assertThat(c.v()).isEqualTo(1.0));
  }

  @Test
  void aStackWithoutLstmShowsASentenceInsteadOfAnEmptyChart() {
    var heatmap = new ForgetGateHeatmap("forget");

    heatmap.show(RealProbes.probe(T, null, LayerConfig.rnn(4, Activation.TANH)));

    var children = heatmap.getChildren().toList();
    assertThat(children.get(0).isVisible()).isFalse();
    assertThat(children.get(1).getElement().getText()).isEqualTo(ForgetGateHeatmap.Text.noLstm());
  }

  @Test
  void showingAProbeSendsTheCellsWithTheFixedRangeAndATableByTimeStep() {
    var heatmap = new ForgetGateHeatmap("forget");
    var probe = RealProbes.probe(T, null, LayerConfig.lstm(4, true, 1.0));

    heatmap.show(probe);

    var element = heatmap.getChildren().findFirst().orElseThrow().getElement();
    JsonNode data = JSON.readTree(element.getProperty("data"));
    assertThat(data.path("datasets").get(0).path("data").size()).isEqualTo(T);
    assertThat(data.path("gradflow").path("min").asDouble()).isEqualTo(0);
    assertThat(data.path("gradflow").path("max").asDouble()).isEqualTo(1);
    var table = ForgetGateHeatmap.table(probe, ForgetGateHeatmap.lstmLayers(probe));
    assertThat(table.headers()).containsExactly("t", "layer 1");
    assertThat(table.rows()).hasSize(T);
    assertThat(element.getAttribute("aria-label")).contains("layer 1: mean f_t");
  }
}
