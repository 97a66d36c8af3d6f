package gradflow.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.experiment.Setting;
import gradflow.experiment.SettingsTable;
import gradflow.experiment.SpecLimits;
import gradflow.task.TaskKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Chinese files against the English ones they translate: the same keys, the same placeholders
 * and formulas, and no value left in English by mistake. Read as plain files, so that a key that
 * only the fallback supplies still counts as missing.
 */
class TranslationsTest {

  /**
   * Values that are the same in both languages on purpose: names, symbols and formulas, which a
   * Chinese student reads as they are.
   */
  private static final Set<String> SAME_IN_BOTH =
      Set.of(
          "choice.layers[].cell.lstm",
          "choice.layers[].cell.gru",
          "chart.eigen.block.Wh",
          "choice.layers[].cell.indrnn",
          "choice.layers[].activation.tanh",
          "choice.layers[].activation.relu",
          "choice.layers[].activation.sigmoid",
          "choice.init.scheme.he",
          "choice.training.optimizer.sgd",
          "choice.training.optimizer.rmsprop",
          "choice.training.optimizer.adam",
          "compare.summary.activation.tanh",
          "compare.summary.activation.sigmoid",
          "allowed.boolean",
          "run.duration.seconds",
          "run.duration.minutes",
          "run.duration.hours");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  private static final Pattern TEXT_IN_MATH = Pattern.compile("\\\\text\\{[^}]*}");
  private static final Pattern FORMULA = Pattern.compile("\\$\\$.+?\\$\\$|\\$[^$]+\\$");

  static Stream<Arguments> bundles() {
    return Stream.of(
        Arguments.of("gradflow/i18n/messages", Set.of("task.")),
        Arguments.of("gradflow/presets/lessons", Set.of()),
        // Citations stay in English: the Chinese file leaves them to the fallback.
        Arguments.of("gradflow/explanations/explanations", Set.of("paper.")));
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyEnglishKeyHasAChineseTranslationAndEveryChineseKeyTranslatesOne(
      String bundle, Set<String> onlyInOneLanguage) throws IOException {
    var english = translatable(read(bundle + ".properties"));
    var chinese = translatable(read(bundle + "_zh.properties"));

    assertThat(without(chinese.keySet(), onlyInOneLanguage))
        .containsExactlyInAnyOrderElementsOf(without(english.keySet(), onlyInOneLanguage));
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void noChineseTextIsJustTheEnglishCopy(String bundle, Set<String> unused) throws IOException {
    var english = translatable(read(bundle + ".properties"));
    var chinese = translatable(read(bundle + "_zh.properties"));

    var copied = new TreeSet<String>();
    chinese.forEach(
        (key, value) -> {
          if (value.equals(english.get(key)) && !SAME_IN_BOTH.contains(key)) {
            copied.add(key);
          }
        });
    assertThat(copied).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void aTranslationKeepsThePlaceholdersAndTheFormulasOfTheEnglish(String bundle, Set<String> unused)
      throws IOException {
    var english = translatable(read(bundle + ".properties"));
    var chinese = translatable(read(bundle + "_zh.properties"));

    english.forEach(
        (key, value) -> {
          if (chinese.containsKey(key)) {
            assertThat(all(PLACEHOLDER, chinese.get(key)))
                .as("placeholders of %s", key)
                .containsExactlyInAnyOrderElementsOf(all(PLACEHOLDER, value));
            assertThat(mathOnly(all(FORMULA, chinese.get(key))))
                .as("formulas of %s", key)
                .containsExactlyInAnyOrderElementsOf(mathOnly(all(FORMULA, value)));
          }
        });
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void theChineseFilesAreWrittenInChinese(String bundle, Set<String> unused) throws IOException {
    var chinese = translatable(read(bundle + "_zh.properties"));

    long withHan =
        chinese.values().stream()
            .filter(v -> v.codePoints().anyMatch(TranslationsTest::han))
            .count();
    assertThat(withHan).isGreaterThan(chinese.size() / 2);
  }

  @org.junit.jupiter.api.Test
  void everySettingHasItsWordsInBothLanguagesAndEveryTaskInChinese() throws IOException {
    var english = read("gradflow/i18n/messages.properties");
    var chinese = read("gradflow/i18n/messages_zh.properties");
    var expected = new TreeSet<String>();
    for (var setting : SettingsTable.of(SpecLimits.DEFAULTS).settings()) {
      expected.add(setting.labelKey());
      expected.add(setting.helpKey());
      if (setting.presence() == Setting.Presence.OPTIONAL) {
        expected.add(setting.switchKey());
      }
    }
    var units = new TreeSet<String>();
    for (var setting : SettingsTable.of(SpecLimits.DEFAULTS).settings()) {
      if (setting.unitKey() != null) {
        units.add(setting.unitKey());
      }
    }
    assertThat(keys(english, "setting.")).isEqualTo(expected);
    assertThat(keys(chinese, "setting.")).isEqualTo(expected);
    assertThat(keys(english, "unit.")).isEqualTo(units);
    assertThat(keys(chinese, "unit.")).isEqualTo(units);
    var tasks = new TreeSet<String>();
    for (var kind : TaskKind.values()) {
      tasks.add("task." + kind.id() + ".label");
      tasks.add("task." + kind.id() + ".length");
    }
    assertThat(keys(chinese, "task.")).isEqualTo(tasks);
  }

  private static TreeSet<String> keys(Map<String, String> words, String prefix) {
    return words.keySet().stream()
        .filter(k -> k.startsWith(prefix))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A formula without the words of its {@code \text{…}} parts, which a translation translates. */
  private static List<String> mathOnly(List<String> formulas) {
    return formulas.stream().map(f -> TEXT_IN_MATH.matcher(f).replaceAll("\\\\text{}")).toList();
  }

  private static boolean han(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static List<String> all(Pattern pattern, String text) {
    var found = new ArrayList<String>();
    var m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Set<String> without(Set<String> keys, Set<String> prefixes) {
    return keys.stream()
        .filter(k -> prefixes.stream().noneMatch(k::startsWith))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The keys a translation must give: the lessons' menu orders and cited papers are not words. */
  private static Map<String, String> translatable(Map<String, String> all) {
    var kept = new TreeMap<String, String>();
    all.forEach(
        (k, v) -> {
          if (!k.equals("order")
              && !k.equals("compare")
              && !k.endsWith(".papers")
              && !k.endsWith(".view")) {
            kept.put(k, v);
          }
        });
    return kept;
  }

  private static Map<String, String> read(String resource) throws IOException {
    var p = new Properties();
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    var map = new TreeMap<String, String>();
    p.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }
}
