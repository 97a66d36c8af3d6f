package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.engine.Activation;
import gradflow.engine.LayerConfig;
import gradflow.engine.Spectrum;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EigenvalueChartTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyEigenvalueOfAnOrthogonalWhScaledToRhoLiesOnTheCircleOfRadiusRho() {
    var probe = RealProbes.probe(10, 0.9, RealProbes.identityRnn(12));

    var series = Spectra.series(probe);
    var points = Spectra.points(probe.eigenvalues()[0][0]);

    assertThat(series).extracting(Spectra.Series::name).containsExactly("layer 1 W_h");
    assertThat(points).hasSize(12);
    for (var p : points) {
      assertThat(Math.hypot(p.x(), p.y())).isCloseTo(0.9, within(1e-9));
      assertThat(p.label()).hasSize(3);
      assertThat(p.label().get(0)).startsWith("λ = ");
      assertThat(p.label().get(1)).isEqualTo("|λ| = 0.9000");
      assertThat(p.label().get(2)).isEqualTo("|λ|^50 = " + Numbers.format(Math.pow(0.9, 50)));
    }
  }

  @Test
  void anLstmAndAGruContributeOneSeriesPerGateBlockAndADenseLayerNone() {
    var probe =
        RealProbes.probe(
            10,
            0.9,
            LayerConfig.lstm(4),
            LayerConfig.dense(4, Activation.TANH),
            LayerConfig.gru(4));

    assertThat(Spectra.series(probe))
        .extracting(Spectra.Series::name)
        .containsExactly(
            "layer 1 W_h,i (input gate)",
            "layer 1 W_h,f (forget gate)",
            "layer 1 W_h,o (output gate)",
            "layer 1 W_h,g (candidate)",
            "layer 3 W_h,u (update gate)",
            "layer 3 W_h,r (reset gate)",
            "layer 3 W_h,g (candidate)");
  }

  @Test
  void nonFiniteEigenvaluesAreLeftOutAndCounted() {
    var spectrum =
        new Spectrum("Wh", Double.NaN, new double[] {0.5, Double.NaN}, new double[] {0, 0});

    assertThat(Spectra.points(spectrum)).hasSize(1);
    assertThat(Spectra.nonFinite(spectrum)).isEqualTo(1);
  }

  @Test
  void theTableListsTheLargestEigenvaluesFirstWithTheirFiftiethPower() {
    var spectrum =
        new Spectrum(
            "Wh", 1.2, new double[] {0.5, 1.2, Double.NaN, 0}, new double[] {0, 0, 0, -0.8});

    var rows = EigenvalueChart.tableRows("layer 1 W_h", spectrum);

    assertThat(rows)
        .extracting(row -> row.get(1))
        .containsExactly("1.200 + 0i", "0 − 0.8000i", "0.5000 + 0i", "NaN + 0i");
    assertThat(rows.get(0).get(3)).isEqualTo(Numbers.format(Math.pow(1.2, 50)));
    assertThat(EigenvalueChart.outside(spectrum)).isEqualTo(1);
  }

  @Test
  void theUnitCircleIsClosedAndHasRadiusOne() {
    var circle = Spectra.unitCircle(128);

    assertThat(circle).hasSize(129);
    assertThat(circle.getFirst().x()).isEqualTo(1.0);
    assertThat(circle.getLast().x()).isCloseTo(1.0, within(1e-12));
    circle.forEach(p -> assertThat(Math.hypot(p.x(), p.y())).isCloseTo(1.0, within(1e-12)));
  }

  @Test
  void theConfigIsAnEqualAspectScatterWithPointLabelTooltipsAndTheUnitCircleLast() {
    var probe = RealProbes.probe(10, 0.9, LayerConfig.lstm(4));

    JsonNode config = JSON.readTree(EigenvalueChart.config(Spectra.series(probe)).toJson());

    assertThat(config.path("type").asString()).isEqualTo("scatter");
    var rules = config.path("options").path("gradflow");
    assertThat(rules.path("tooltip").asString()).isEqualTo("pointLabel");
    assertThat(rules.path("equalAspect").asBoolean()).isTrue();
    assertThat(rules.path("extent").asDouble()).isEqualTo(1.1);
    var datasets = config.path("data").path("datasets");
    assertThat(datasets.size()).isEqualTo(5);
    var circle = datasets.get(4);
    assertThat(circle.path("label").asString()).isEqualTo(EigenvalueChart.Text.unitCircle());
    assertThat(circle.path("showLine").asBoolean()).isTrue();
    assertThat(circle.path("data").size()).isEqualTo(EigenvalueChart.CIRCLE_SEGMENTS + 1);
    var looks = new HashSet<String>();
    for (int i = 0; i < 4; i++) {
      var dataset = datasets.get(i);
      looks.add(dataset.path("pointStyle").asString());
      assertThat(dataset.path("label").asString()).startsWith("layer 1 W_h,");
    }
    assertThat(looks).as("colour never tells series apart alone").hasSize(4);
  }

  @Test
  void showingAProbeSendsEachEigenvalueWithItsTooltipLines() {
    var chart = new EigenvalueChart("eigen");
    var probe = RealProbes.probe(10, 0.9, RealProbes.identityRnn(6));

    chart.show(probe);

    var element = chart.chart.getElement();
    JsonNode config = JSON.readTree(element.getProperty("config"));
    assertThat(config.path("data").path("datasets").size()).isEqualTo(2);
    JsonNode data = JSON.readTree(element.getProperty("data"));
    var points = data.path("datasets").get(0).path("data");
    assertThat(points.size()).isEqualTo(6);
    assertThat(points.get(0).path("label").size()).isEqualTo(3);
    assertThat(element.getAttribute("aria-label"))
        .contains("layer 1 W_h: spectral radius 0.9000, 6 eigenvalues, 0 outside the unit circle.");
  }

  @Test
  void aStackWithoutRecurrentLayersGetsASentenceInsteadOfAnEmptyPlane() {
    var chart = new EigenvalueChart("eigen");

    chart.show(RealProbes.probe(10, null, LayerConfig.dense(4, Activation.TANH)));

    assertThat(chart.chart.isVisible()).isFalse();
    assertThat(chart.note.getText()).isEqualTo(EigenvalueChart.Text.noRecurrent());
  }

  @Test
  void laterProbesOfTheSameStackUpdateTheChartInPlaceInsteadOfRecreatingIt() {
    var probes = RealProbes.trained(10, 2, 0.9, RealProbes.identityRnn(4));
    var chart = new EigenvalueChart("eigen");
    chart.show(probes.get(0));
    var element = chart.chart.getElement();
    element.setProperty("config", "as first configured");

    chart.show(probes.get(1));

    assertThat(element.getProperty("config")).isEqualTo("as first configured");
    assertThat(Spectra.radii(probes.get(0))[0]).isCloseTo(0.9, within(1e-9));
  }

  @Test
  void sixteenMatricesAreDrawnOneAtATimeWithAChooserForTheOthers() {
    var probe =
        RealProbes.probe(
            10,
            0.9,
            LayerConfig.lstm(4),
            LayerConfig.lstm(4),
            LayerConfig.lstm(4),
            LayerConfig.lstm(4));
    var chart = new EigenvalueChart("eigen");

    chart.show(probe);

    JsonNode config = JSON.readTree(chart.chart.getElement().getProperty("config"));
    // one matrix and the unit circle
    assertThat(config.path("data").path("datasets").size()).isEqualTo(2);
    assertThat(config.path("data").path("datasets").get(0).path("label").asString())
        .isEqualTo("layer 1 W_h,i (input gate)");
    var chooser =
        chart
            .getChildren()
            .filter(c -> c instanceof com.vaadin.flow.component.select.Select<?>)
            .findFirst()
            .orElseThrow();
    assertThat(chooser.isVisible()).isTrue();
    assertThat(chooser.getElement().getProperty("label")).isEqualTo("Matrix");
  }

  @Test
  void eigenvaluesFarOutsideTheCircleAreDrawnOnTheEdgeAndNamedWithTheirRealSize() {
    var spectrum = new Spectrum("Wh", 3.6e10, new double[] {3.6e10, 0.5}, new double[] {0, 0});

    var points = Spectra.points(spectrum);

    assertThat(points.get(0).x()).isEqualTo(Spectra.EDGE);
    assertThat(points.get(0).label()).anyMatch(line -> line.contains(Numbers.format(3.6e10)));
    assertThat(points.get(0).label().getLast()).contains("drawn on the edge");
    assertThat(points.get(1).x()).isEqualTo(0.5);
    assertThat(Spectra.beyondEdge(spectrum)).isEqualTo(1);
  }
}
