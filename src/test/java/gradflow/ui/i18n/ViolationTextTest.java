package gradflow.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.experiment.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's problems said again in the UI's language; English stays the validator's own. */
class ViolationTextTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);

  @Test
  void aLayerFieldOutOfRangeIsListedInChineseNamingItsLayer() {
    var problem = firstError(TOO_WIDE);

    assertThat(ViolationText.listed(problem, specs.table(), I18n.CHINESE))
        .isEqualTo("第 1 层的隐藏单元数为 9999，但它必须是一个整数，介于 1 和 256 之间。");
  }

  @Test
  void inEnglishTheUiSaysExactlyWhatTheRestApiSays() {
    var problem = firstError(TOO_WIDE);

    assertThat(ViolationText.listed(problem, specs.table(), I18n.ENGLISH))
        .isEqualTo(problem.message());
  }

  @Test
  void aProblemWithoutACodeKeepsItsEnglishSentence() {
    var problem = new Violation("spec", null, "There is no spec.");

    assertThat(ViolationText.message(problem, I18n.CHINESE)).isEqualTo("There is no spec.");
  }

  @Test
  void theCrossFieldProblemsAreSaidInChineseToo() {
    var problems =
        List.of(
            firstError(
                """
                {"task": {"kind": "adding", "length": 1000},
                 "layers": [{"cell": "lstm", "hidden": 256}, {"cell": "lstm", "hidden": 256}],
                 "training": {"batchSize": 256, "steps": 100000}}
                """),
            firstError(
                """
                {"task": {"kind": "adding"}, "connection": "residual",
                 "layers": [{"cell": "rnn", "hidden": 32}, {"cell": "rnn", "hidden": 16}]}
                """),
            firstError(
                """
                {"task": {"kind": "spirals", "length": 5}, "layers": [{"cell": "dense"}]}
                """));

    for (var problem : problems) {
      var chinese = ViolationText.listed(problem, specs.table(), I18n.CHINESE);
      assertThat(chinese).as(problem.code()).doesNotContain(" but ", "must", "layers[");
      assertThat(chinese).as(problem.code()).containsPattern("[\\u4e00-\\u9fff]");
    }
    assertThat(problems)
        .extracting(Violation::code)
        .containsExactly("tooMuchWork", "unequalWidth", "taskLengthExactly");
  }

  private static final String TOO_WIDE =
      """
      {"task": {"kind": "adding", "length": 50},
       "layers": [{"cell": "rnn", "hidden": 9999, "activation": "tanh"}]}
      """;

  private Violation firstError(String json) {
    List<Violation> errors = specs.read(json).errors();
    assertThat(errors).isNotEmpty();
    return errors.getFirst();
  }
}
