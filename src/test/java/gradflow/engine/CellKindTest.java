package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a {@link CellKind} says about its cell is what the cell built from it does. */
class CellKindTest {

  private static Cell cell(CellKind kind, int hidden) {
    var layer = new LayerConfig(kind, hidden, Activation.TANH, true, 1.0);
    var network =
        new Network(
            NetworkConfig.of(
                3, 1, List.of(layer), ConnectionKind.PLAIN, InitScheme.XAVIER, null, 7));
    return network.cells[0];
  }

  @ParameterizedTest
  @EnumSource(CellKind.class)
  void theProbesSpectraAreTheDescribedRecurrentBlocksInOrder(CellKind kind) {
    assertThat(Arrays.stream(cell(kind, 5).spectra()).map(Spectrum::block))
        .containsExactlyElementsOf(
            kind.recurrentBlocks().stream().map(CellKind.Block::name).toList());
  }

  @ParameterizedTest
  @EnumSource(CellKind.class)
  void theDescribedRecurrentWeightsAreTheCellsOwn(CellKind kind) {
    int hidden = 5;
    Cell cell = cell(kind, hidden);
    int all = cell.params().stream().mapToInt(Param::size).sum();
    // Input weights (3 inputs) and biases, one H-wide block each per gate, and the recurrence.
    double inputAndBias = kind.blocks() * (3.0 * hidden + hidden);
    assertThat(all).isEqualTo((int) (inputAndBias + kind.recurrentWeights(hidden)));
  }
}
