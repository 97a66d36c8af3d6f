package gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.engine.CellKind;
import gradflow.experiment.Choice;
import gradflow.experiment.LayerSpec;
import gradflow.ui.explain.Explanations;
import gradflow.ui.i18n.I18n;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cell kind is its engine class, its {@link CellKind} entry, its line in {@link LayerSpec.Cell}
 * and its words: a new kind that lacks any of them fails here, not on a student's page.
 */
class EveryCellKindIsDescribedTest {
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

  @ParameterizedTest
  @EnumSource(CellKind.class)
  void theSpecCanNameEveryCellKind(CellKind kind) {
    assertThat(Choice.fromId(LayerSpec.Cell.class, kind.specName()).map(LayerSpec.Cell::kind))
        .contains(kind);
  }

  @Test
  void everySpecCellIsADifferentEngineKind() {
    assertThat(Arrays.stream(LayerSpec.Cell.values()).map(LayerSpec.Cell::kind))
        .doesNotHaveDuplicates()
        .hasSize(CellKind.values().length);
  }

  @ParameterizedTest
  @EnumSource(CellKind.class)
  void bothLanguagesNameEveryCellKindAndItsRecurrentBlocks(CellKind kind) {
    for (Locale language : LANGUAGES) {
      assertThat(I18n.find(language, "choice.layers[].cell." + kind.specName()))
          .as("menu name of %s in %s", kind, language)
          .isPresent();
      assertThat(I18n.find(language, "compare.summary.cell." + kind.specName()))
          .as("summary word of %s in %s", kind, language)
          .isPresent();
      for (CellKind.Block block : kind.recurrentBlocks()) {
        assertThat(I18n.find(language, "chart.eigen.block." + block.name()))
            .as("eigenvalue chart's name of %s in %s", block.name(), language)
            .isPresent();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CellKind.class)
  void everyCellKindHasItsMathItsWordsAndACitedPaper(CellKind kind) {
    assertThat(kind.equations()).contains("h_t");
    for (Locale language : LANGUAGES) {
      var texts = Explanations.forLocale(language);
      assertThat(texts.body(Explanations.cellKey(kind.specName())))
          .as("the math of %s in %s", kind, language)
          .isPresent();
      assertThat(texts.citation(kind.paper())).as("paper of %s", kind).contains("(");
    }
  }

  @ParameterizedTest
  @EnumSource(CellKind.class)
  void aRecurrentCellPredictsItsDecayFromExactlyOneBlock(CellKind kind) {
    long predicting = kind.recurrentBlocks().stream().filter(CellKind.Block::predicts).count();
    assertThat(predicting).isEqualTo(kind.isRecurrent() ? 1 : 0);
    assertThat(kind.recurrentBlocks().isEmpty()).isEqualTo(!kind.isRecurrent());
  }

  @Test
  void everyRecurrentBlockNameBelongsToOneMeaning() {
    for (CellKind kind : CellKind.values()) {
      for (CellKind.Block block : kind.recurrentBlocks()) {
        assertThat(CellKind.block(block.name()))
            .as("the first cell to name %s decides what it means", block.name())
            .contains(block);
      }
    }
  }
}
