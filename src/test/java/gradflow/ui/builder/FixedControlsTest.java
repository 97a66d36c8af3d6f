package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasHelper;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settings a class's instructor fixed: shown, disabled, saying why, and never changed. */
class FixedControlsTest {
  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private final SpecEditor editor = new SpecEditor(specs);
  private final SpecForm form = new SpecForm(editor, Presets.load(specs));

  {
    form.layers();
    form.control("training.learningRate");
    form.control("training.batchSize");
  }

  @Test
  void aFixedControlIsShownDisabledWithANoteThatTheInstructorFixedIt() {
    editor.fix(Set.of("training.learningRate")::contains);

    var rate = control("training.learningRate").component();
    assertThat(rate.isVisible()).isTrue();
    assertThat(rate.getElement().isEnabled()).isFalse();
    assertThat(((HasHelper) rate).getHelperText()).isEqualTo("Fixed by your instructor");
    var batch = control("training.batchSize").component();
    assertThat(batch.getElement().isEnabled()).isTrue();
    assertThat(((HasHelper) batch).getHelperText()).isNull();
  }

  @Test
  void theEditorIgnoresAnEditOfAFixedFieldAndUnfixingEnablesItAgain() {
    Object before = editor.get("training.learningRate");
    editor.fix(Set.of("training.learningRate")::contains);

    editor.set("training.learningRate", 0.5);

    assertThat(editor.get("training.learningRate")).isEqualTo(before);
    editor.fix(field -> false);
    assertThat(control("training.learningRate").component().getElement().isEnabled()).isTrue();
  }

  @Test
  void fixedLayersCanNeitherBeAddedRemovedNorMovedAndTheirNoteSaysWhy() {
    editor.addLayer();
    editor.fix(field -> field.startsWith("layers"));
    int layers = editor.layers().size();

    editor.addLayer();
    editor.removeLayer(0);

    assertThat(editor.layers()).hasSize(layers);
    var list = form.layerList();
    assertThat(list.addButton().isEnabled()).isFalse();
    assertThat(list.cards().getFirst().towardsOutput.isEnabled()).isFalse();
    assertThat(list.cards().getFirst().remove.isEnabled()).isFalse();
    assertThat(control("layers[0].hidden").component().getElement().isEnabled()).isFalse();
  }

  private FieldControl control(String field) {
    return form.controls().stream().filter(c -> c.field.equals(field)).findFirst().orElseThrow();
  }
}
