package gradflow.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MatrixChartJsonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aMatrixChartSerialisesToTheConfigThatChartjsChartMatrixExpects() {
    var options = new MatrixOptions().setRange(-8, 0).setGrid(3, 2).setValueLabel("log10 g");
    var data =
        new MatrixData()
            .addDataset(
                new MatrixDataset().setLabel("g").setData(List.of(new MatrixCell(2, 1, -3.5))));

    JsonNode config = JSON.readTree(new MatrixChart(data, options).toJson());

    assertThat(config.path("type").asString()).isEqualTo("matrix");
    var dataset = config.path("data").path("datasets").get(0);
    assertThat(dataset.path("type").asString()).isEqualTo("matrix");
    assertThat(dataset.path("data").get(0).toString()).isEqualTo("{\"x\":2,\"y\":1,\"v\":-3.5}");
    var rules = config.path("options").path("gradflow");
    assertThat(rules.path("colorMap").asString()).isEqualTo("viridis");
    assertThat(rules.path("min").asDouble()).isEqualTo(-8);
    assertThat(rules.path("max").asDouble()).isEqualTo(0);
    assertThat(rules.path("columns").asInt()).isEqualTo(3);
    assertThat(rules.path("rows").asInt()).isEqualTo(2);
    assertThat(rules.path("valueLabel").asString()).isEqualTo("log10 g");
  }

  @Test
  void nonFiniteValuesTravelAsTheirNamesBecauseJsonHasNoNaN() {
    var data =
        new MatrixData()
            .addDataset(
                new MatrixDataset()
                    .setData(
                        new MatrixCell(0, 0, Double.NaN),
                        new MatrixCell(1, 0, Double.POSITIVE_INFINITY),
                        new MatrixCell(2, 0, Double.NEGATIVE_INFINITY)));

    JsonNode json = JSON.readTree(ChartJson.write(data));

    var cells = json.path("datasets").get(0).path("data");
    assertThat(cells.get(0).path("v").asString()).isEqualTo("NaN");
    assertThat(cells.get(1).path("v").asString()).isEqualTo("Infinity");
    assertThat(cells.get(2).path("v").asString()).isEqualTo("-Infinity");
  }

  @Test
  void anEmptyOrInvertedColourRangeIsRefusedWithTheRangeInTheMessage() {
    assertThatThrownBy(() -> new MatrixOptions().setRange(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1.0, 1.0]");
    assertThatThrownBy(() -> new MatrixOptions().setGrid(0, 4)).hasMessageContaining("0 x 4");
  }
}
