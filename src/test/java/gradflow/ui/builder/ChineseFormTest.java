package gradflow.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder on a page whose language is Chinese: labels, menus and problems in Chinese. */
class ChineseFormTest {

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);
  private SpecForm form;

  /**
   * Held here: Vaadin keeps the current UI only weakly, so a collection between two lines of a test
   * would silently turn the page English.
   */
  private UI ui;

  @BeforeEach
  void aChinesePage() {
    ui = new UI();
    ui.setLocale(I18n.CHINESE);
    UI.setCurrent(ui);
    form = new SpecForm(new SpecEditor(specs), Presets.load(specs));
    form.lessons();
    form.layers();
    form.problems();
  }

  @AfterEach
  void noPage() {
    UI.setCurrent(null);
  }

  @Test
  void aTooLargeHiddenSizeIsExplainedInChineseWithTheLimit() {
    var hidden = (WholeNumberInput) control("layers[0].hidden").component();

    hidden.setValue(9999.0);

    assertThat(hidden.getLabel()).isEqualTo("隐藏单元数");
    assertThat(hidden.getErrorMessage()).isEqualTo("隐藏单元数为 9999，但它必须是一个整数，介于 1 和 256 之间。");
  }

  @Test
  void theMenusNameTheirChoicesInChineseButKeepTheIds() {
    @SuppressWarnings("unchecked")
    var cell = (Select<String>) control("layers[0].cell").component();

    assertThat(cell.getValue()).isEqualTo("rnn");
    assertThat(cell.getItemLabelGenerator().apply("rnn")).isEqualTo("普通 RNN");
    assertThat(cell.getItemLabelGenerator().apply("dense")).isEqualTo("前馈层");
  }

  @Test
  void theLessonsAreTitledInChinese() {
    var lesson = Presets.load(specs).getFirst();

    assertThat(Presets.title(lesson)).isEqualTo("1. tanh RNN 会遗忘");
    assertThat(Presets.explanation(lesson)).contains("梯度");
  }

  private FieldControl control(String field) {
    return form.controls().stream().filter(c -> c.field.equals(field)).findFirst().orElseThrow();
  }
}
