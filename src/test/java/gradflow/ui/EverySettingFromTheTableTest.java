package gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.Setting;
import gradflow.experiment.SpecLimits;
import gradflow.experiment.Specs;
import gradflow.experiment.Violation;
import gradflow.ui.builder.Presets;
import gradflow.ui.builder.SpecEditor;
import gradflow.ui.builder.SpecForm;
import gradflow.ui.i18n.I18n;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one row of the settings table brings with it, checked for every row: a control on the
 * playground, words in both languages, a place in share links, and a message naming the field and
 * the limit when a value is outside. A new setting is its row, its record component and its words;
 * these tests then hold for it with no line added to them. (The API's description of every row is
 * {@code gradflow.api.SpecSchemasTest}.)
 */
class EverySettingFromTheTableTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Specs specs = new Specs(SpecLimits.DEFAULTS);

  @Test
  void everySettingAStudentMayChangeHasAControlOnThePlayground() {
    var form = new SpecForm(new SpecEditor(specs), Presets.load(specs));
    new StackBuilderRegion(form, new Div());
    new RunControlsRegion(form);

    for (Setting s : leaves()) {
      String field = s.path().replace("[]", "[0]");
      assertThat(form.hasControl(field)).as(field).isEqualTo(s.isEditable());
    }
  }

  @Test
  void everySettingIsNamedAndExplainedInEnglishAndInChinese() {
    for (var language : I18n.LANGUAGES) {
      for (Setting s : specs.table().settings()) {
        var keys = new java.util.ArrayList<>(List.of(s.labelKey(), s.helpKey()));
        if (s.presence() == Setting.Presence.OPTIONAL) {
          keys.add(s.switchKey());
        }
        if (s.unitKey() != null) {
          keys.add(s.unitKey());
        }
        for (String key : keys) {
          assertThat(I18n.find(language, key)).as("%s in %s", key, language).isPresent();
        }
        for (String id : s.choices()) {
          boolean named =
              I18n.find(language, s.choiceKey(id)).isPresent() || !s.choiceEnglish(id).equals(id);
          assertThat(named).as("%s %s in %s", s.path(), id, language).isTrue();
        }
      }
    }
  }

  @Test
  void everySettingSurvivesAShareLink() {
    for (Setting s : leaves()) {
      if (!s.isEditable()) {
        continue;
      }
      String field = s.path().replace("[]", "[0]");
      ExperimentSpec spec = onACellThatUses(s);
      Object changed = otherThan(s, specs.table().valueAt(spec, field));
      spec = specs.table().edit(spec, field, changed);

      ExperimentSpec back = specs.readLink(specs.toLink(spec)).spec();

      assertThat(specs.table().valueAt(back, field)).as(field).isEqualTo(changed);
      assertThat(back).as(field).isEqualTo(spec);
    }
  }

  @Test
  void aValueOutsideEverySettingIsRefusedNamingTheFieldAndWhatIsAllowed() {
    for (Setting s : leaves()) {
      String field = s.path().replace("[]", "[0]");
      ObjectNode json = (ObjectNode) JSON.readTree(specs.toJson(onACellThatUses(s)));
      put(json, field, outside(s));

      List<Violation> errors = specs.read(json.toString()).errors();

      assertThat(errors)
          .as(field)
          .anySatisfy(
              v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.message()).startsWith(field + " is ").contains(s.allowed());
              });
    }
  }

  private List<Setting> leaves() {
    return specs.table().settings().stream().filter(Setting::isLeaf).toList();
  }

  /** The starter spec, its layer of a cell that uses the setting. */
  private ExperimentSpec onACellThatUses(Setting s) {
    ExperimentSpec starter = specs.starter();
    return s.cells().isEmpty()
        ? starter
        : specs.table().edit(starter, "layers[0].cell", s.cells().iterator().next());
  }

  /** A value the setting allows that differs from the one given. */
  private static Object otherThan(Setting s, Object now) {
    return switch (s.type()) {
      case BOOLEAN -> !Boolean.TRUE.equals(now);
      case CHOICE ->
          s.choices().getLast().equals(now) ? s.choices().getFirst() : s.choices().getLast();
      default -> s.max().equals(now) ? s.min() : s.max();
    };
  }

  /** A JSON value the setting refuses: past its top, an unknown id, or not a switch. */
  private static JsonNode outside(Setting s) {
    return switch (s.type()) {
      case BOOLEAN -> JSON.getNodeFactory().stringNode("yes");
      case CHOICE -> JSON.getNodeFactory().stringNode("no-such-" + s.name());
      default ->
          JSON.getNodeFactory().numberNode(new BigDecimal(s.max().toString()).add(BigDecimal.ONE));
    };
  }

  private static void put(ObjectNode root, String field, JsonNode value) {
    String[] steps = field.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < steps.length - 1; i++) {
      node = node.path(steps[i].replace("[0]", ""));
      node = steps[i].endsWith("[0]") ? node.path(0) : node;
    }
    ((ObjectNode) node).set(steps[steps.length - 1], value);
  }
}
