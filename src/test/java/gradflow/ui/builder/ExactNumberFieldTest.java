package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import org.junit.jupiter.api.Test;

class ExactNumberFieldTest {

  @Test
  void aNumberWithAnExponentIsReadAsThatNumberNotAsItsFirstDigit() {
    assertThat(ExactNumberField.parse("1e9")).isEqualTo(1e9);
    assertThat(ExactNumberField.parse("1E-9")).isEqualTo(1e-9);
    assertThat(ExactNumberField.parse(" 0.5 ")).isEqualTo(0.5);
    assertThat(ExactNumberField.parse("")).isNull();
    assertThat(ExactNumberField.parse("1e")).isNull();
  }

  @Test
  void aNumberIsShownInPlainDigits() {
    assertThat(ExactNumberField.format(1e9)).isEqualTo("1000000000");
    assertThat(ExactNumberField.format(1e-7)).isEqualTo("0.0000001");
    assertThat(ExactNumberField.format(32.0)).isEqualTo("32");
    assertThat(ExactNumberField.format(null)).isEmpty();
  }

  @Test
  void aLearningRateTypedWithAnExponentIsRejectedNamingTheFieldAndTheLimit() {
    var editor = new SpecEditor(new Specs(SpecLimits.DEFAULTS));
    var form = new SpecForm(editor, java.util.List.of());
    var rate = (DecimalInput) form.control("training.learningRate");

    rate.setValue(ExactNumberField.parse("1e9"));

    assertThat(editor.spec().training().learningRate()).isEqualTo(1e9);
    assertThat(rate.isInvalid()).isTrue();
    assertThat(rate.getErrorMessage())
        .isEqualTo("Learning rate is 1000000000, but it must be a number between 0.000001 and 10.");
  }

  @Test
  void aWholeNumberTooLargeForAnIntIsOutsideTheRangeNotMissing() {
    var editor = new SpecEditor(new Specs(SpecLimits.DEFAULTS));
    var form = new SpecForm(editor, java.util.List.of());
    var batch = (WholeNumberInput) form.control("training.batchSize");

    batch.setValue(ExactNumberField.parse("9999999999"));

    assertThat(batch.getErrorMessage())
        .isEqualTo("Batch size is 9999999999, but it must be a whole number between 1 and 256.");
  }
}
