package gradflow.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.LayerSpec.Cell;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.ui.builder.Comparisons;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparePanelTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final ComparePanel panel =
      new ComparePanel(specs, Comparisons.load(specs), null, null, opened -> {});

  @Test
  void duplicatingCopiesEveryFieldOfAToB() {
    panel.open("forget-gate");
    panel.editorA().set("training.learningRate", 0.003);
    panel.editorA().set("seed", 7L);
    panel.editorA().addLayer();

    panel.duplicate();

    assertThat(panel.editorB().spec()).isEqualTo(panel.editorA().spec());
    assertThat(panel.editorB().json()).isEqualTo(panel.editorA().json());
  }

  @Test
  void everyIdOnThePageNamesOneElementEvenAfterTheStacksChange() {
    panel.open("lstm-vs-rnn");
    panel.editorA().addLayer();
    panel.duplicate();

    var ids = new java.util.ArrayList<String>();
    collectIds(panel.getElement(), ids);

    assertThat(ids).doesNotHaveDuplicates().contains("a-training-steps", "b-layer-1-cell");
  }

  private static void collectIds(com.vaadin.flow.dom.Element element, java.util.List<String> ids) {
    if (element.getAttribute("id") != null) {
      ids.add(element.getAttribute("id"));
    }
    element.getChildren().forEach(child -> collectIds(child, ids));
  }

  @Test
  void aComparisonLessonFillsInBothSides() {
    panel.open("lstm-vs-rnn");

    assertThat(panel.editorA().spec().layers().getFirst().cell()).isEqualTo(Cell.RNN);
    assertThat(panel.editorB().spec().layers().getFirst().cell()).isEqualTo(Cell.LSTM);
    assertThat(panel.editorA().isValid()).isTrue();
    assertThat(panel.editorB().isValid()).isTrue();
  }

  @Test
  void bTrainsOnAsTaskBatchSizeAndSeedSoBothSeeTheSameBatches() {
    panel.open("deep-skips");
    panel.editorA().set("seed", 9L);
    panel.editorB().set("training.batchSize", 8);

    var b = ComparePresenter.sharingBatches(panel.editorA().spec(), panel.editorB().spec());

    assertThat(b.seed()).isEqualTo(9L);
    assertThat(b.task()).isEqualTo(panel.editorA().spec().task());
    assertThat(b.training().batchSize()).isEqualTo(panel.editorA().spec().training().batchSize());
    assertThat(b.connection()).isEqualTo(panel.editorB().spec().connection());
    assertThat(Optional.of(b.layers())).contains(panel.editorB().spec().layers());
  }
}
