package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import org.junit.jupiter.api.Test;

/** The Vaadin controls bound to the editor, used through their server-side API: no browser. */
class SpecFormTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final SpecEditor editor = new SpecEditor(specs);
  private final SpecForm form = new SpecForm(editor, Presets.load(specs));

  {
    form.lessons();
    form.diagram();
    form.layers();
    form.control("connection");
    form.control("task.kind");
    form.control("training.batchSize");
    form.control("init.spectralRadius");
    form.control("training.clipNorm");
    form.problems();
  }

  @Test
  void everyControlTakesItsLabelAndRangeFromTheSettingsTable() {
    var hidden = (WholeNumberInput) control("layers[0].hidden").component();
    var row = specs.table().get("layers[].hidden");

    assertThat(hidden.getLabel()).isEqualTo(row.label());
    assertThat(hidden.getTooltip().getText()).isEqualTo(row.help());
    assertThat(hidden.getMax()).isEqualTo(row.max().intValue());
    assertThat(hidden.getMin()).isEqualTo(row.min().intValue());
    @SuppressWarnings("unchecked")
    var cell = (Select<String>) control("layers[0].cell").component();
    assertThat(cell.getListDataView().getItems())
        .containsExactlyElementsOf(specs.table().get("layers[].cell").choices());
    assertThat(cell.getItemLabelGenerator().apply("dense")).isEqualTo("Feed-forward");
  }

  @Test
  void typingATooLargeHiddenSizeMarksTheFieldInvalidWithTheLimitInItsMessage() {
    var hidden = (WholeNumberInput) control("layers[0].hidden").component();

    hidden.setValue(9999.0);

    assertThat(hidden.isInvalid()).isTrue();
    assertThat(hidden.getErrorMessage())
        .startsWith("Hidden units is 9999")
        .contains("between 1 and 256");
    hidden.setValue(64.0);
    assertThat(hidden.isInvalid()).isFalse();
    assertThat(editor.spec().layers().getFirst().hidden()).isEqualTo(64);
  }

  @Test
  void emptyingAFieldKeepsItEmptyAndSaysItMustBeFilled() {
    var batch = (WholeNumberInput) control("training.batchSize").component();

    batch.clear();

    assertThat(batch.getValue()).isNull();
    assertThat(batch.getErrorMessage()).startsWith("Batch size is empty");
    assertThat(editor.runnableSpec()).isEmpty();
  }

  @Test
  void addingALayerAddsACardAndABoxInTheDiagram() {
    form.layerList().getChildren().toList(); // built
    clickAdd();

    assertThat(form.layerList().cards()).hasSize(2);
    assertThat(count(StackDiagram.svg(editor.spec()), "data-layer=")).isEqualTo(2);
    assertThat(form.stackDiagram().getElement().getChild(0).getProperty("innerHTML"))
        .contains("data-layer=\"1\"");
  }

  @Test
  void unequalWidthsUnderAResidualStackAreExplainedUnderTheNarrowLayersHiddenField() {
    clickAdd();
    @SuppressWarnings("unchecked")
    var connection = (Select<String>) control("connection").component();
    connection.setValue("residual");

    ((WholeNumberInput) control("layers[1].hidden").component()).setValue(16.0);

    var narrow = (WholeNumberInput) control("layers[1].hidden").component();
    assertThat(narrow.isInvalid()).isTrue();
    assertThat(narrow.getErrorMessage()).startsWith("Hidden units is 16").contains("residual");
    assertThat(((WholeNumberInput) control("layers[0].hidden").component()).isInvalid()).isFalse();
  }

  @Test
  void anLstmLayerShowsItsForgetGateAndHidesTheActivation() {
    @SuppressWarnings("unchecked")
    var cell = (Select<String>) control("layers[0].cell").component();

    cell.setValue("lstm");

    assertThat(control("layers[0].activation").isShown()).isFalse();
    assertThat(control("layers[0].forgetGate").isShown()).isTrue();
    assertThat(((Checkbox) control("layers[0].forgetGate").component()).getValue()).isTrue();
    ((Checkbox) control("layers[0].forgetGate").component()).setValue(false);
    assertThat(control("layers[0].forgetBias").component().getElement().isEnabled()).isFalse();
  }

  @Test
  void choosingALessonLoadsItsSpecAndShowsItsExplanation() {
    var lesson = Presets.load(specs).get(5);

    form.lessonPicker().menu().setValue(lesson);

    assertThat(editor.spec()).isEqualTo(lesson.spec());
    assertThat(form.layerList().cards()).hasSize(30);
    assertThat(form.lessonPicker().getChildren().toList().get(1).getElement().getText())
        .isEqualTo(lesson.explanation());
  }

  @Test
  void theClipSwitchTurnsNormClippingOnAtOneAndOffAgain() {
    var clip = (OptionalNumberControl) control("training.clipNorm");

    clip.switchBox().setValue(true);
    assertThat(editor.spec().training().clipNorm()).isEqualTo(1.0);
    assertThat(clip.number().isEnabled()).isTrue();

    clip.switchBox().setValue(false);
    assertThat(editor.spec().training().clipNorm()).isNull();
    assertThat(clip.number().isEnabled()).isFalse();
  }

  @Test
  void theSpectralRadiusSliderSetsTheSpecAndTheNumberFollows() {
    var rho = (OptionalNumberControl) control("init.spectralRadius");
    rho.switchBox().setValue(true);

    rho.slider().setValue(1.2);

    assertThat(editor.spec().init().spectralRadius()).isEqualTo(1.2);
    assertThat(rho.number().getValue()).isEqualTo(1.2);
    assertThat(rho.slider().getMax()).isEqualTo(specs.table().get("init.spectralRadius").max());
  }

  @Test
  void aProblemNoControlShowsIsListedBelowTheControlsAndAWarningIsGentle() {
    @SuppressWarnings("unchecked")
    var cell = (Select<String>) control("layers[0].cell").component();

    cell.setValue("dense");

    var notes = form.problemList().getChildren().toList().get(1);
    assertThat(notes.isVisible()).isTrue();
    assertThat(notes.getElement().getTextRecursively()).contains("no recurrent layer");
    assertThat(editor.isValid()).as("a warning does not stop training").isTrue();
  }

  @Test
  void aSettingNoRegionPlacesGetsAControlUnderMoreSettingsWhoseProblemsAreListedWhileItIsClosed() {
    var more = (Details) form.moreSettings();
    var probeEvery = (WholeNumberInput) control("probeEvery").component();
    var notes = form.problemList().getChildren().toList().get(1);

    probeEvery.setValue(5000.0);

    assertThat(form.hasControl("training.clipValue")).isTrue();
    assertThat(form.hasControl("version")).as("not for students to change").isFalse();
    assertThat(probeEvery.getTooltip().getText()).endsWith("Unit: steps.");
    assertThat(notes.getElement().getTextRecursively()).contains("only the probe at step 0");
    more.setOpened(true);
    assertThat(notes.isVisible()).as("now beside its own control").isFalse();
    assertThat(probeEvery.getHelperText()).contains("only the probe at step 0");
  }

  private FieldControl control(String field) {
    return form.controls().stream().filter(c -> c.field.equals(field)).findFirst().orElseThrow();
  }

  private void clickAdd() {
    form.layerList().addButton().click();
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
