package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StackDiagramTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final SpecEditor editor = new SpecEditor(specs);

  @Test
  void aPlainStackHasOneBoxPerLayerAndNoArcs() {
    editor.addLayer();
    editor.addLayer();

    String svg = StackDiagram.svg(editor.spec());

    assertThat(count(svg, "data-layer=")).isEqualTo(3);
    assertThat(count(svg, "gf-skip")).isZero();
  }

  @Test
  void residualAndHighwayDrawAnArcAroundEveryLayerHighwayDashed() {
    editor.addLayer();
    editor.addLayer();
    editor.set("connection", "residual");
    assertThat(count(StackDiagram.svg(editor.spec()), "gf-skip")).isEqualTo(3);

    editor.set("connection", "highway");
    String highway = StackDiagram.svg(editor.spec());
    assertThat(count(highway, "gf-skip")).isEqualTo(3);
    assertThat(count(highway, "stroke-dasharray")).isEqualTo(3);
  }

  @Test
  void denseConnectionsJoinEveryEarlierOutputToEveryLaterLayer() {
    for (int i = 0; i < 3; i++) {
      editor.addLayer();
    }
    editor.set("connection", "dense");

    // Four layers: layer k (from 2) gets arcs from the input and the k − 2 layers before the wire.
    assertThat(count(StackDiagram.svg(editor.spec()), "gf-skip")).isEqualTo(1 + 2 + 3);
  }

  @Test
  void theTextAlternativeNamesTheConnectionAndEveryLayer() {
    editor.addLayer();
    editor.set("layers[1].cell", "lstm");

    assertThat(StackDiagram.describe(editor.spec()))
        .contains("2 layers")
        .contains("plain")
        .contains("Layer 1: Vanilla RNN, 32 hidden units, tanh.")
        .contains("Layer 2: LSTM, 32 hidden units, forget gate, bias 1.0.");
  }

  @Test
  void thirtyLayersStillFitTheWidthWithEveryFifthNumbered() {
    editor.loadPreset(Presets.load(specs).get(5));

    String svg = StackDiagram.svg(editor.spec());

    assertThat(count(svg, "data-layer=")).isEqualTo(30);
    assertThat(svg).contains(">30</text>").doesNotContain(">FF</text>");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
