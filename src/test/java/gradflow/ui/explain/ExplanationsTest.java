package gradflow.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplanationsTest {

  static final List<String> CHART_IDS =
      List.of(
          "gradient-heatmap",
          "forget-gate-heatmap",
          "gradient-history",
          "loss-chart",
          "weight-grad-chart",
          "decay-profile",
          "eigenvalues",
          "spectral-radius",
          "gradient-modes",
          "cell-terms",
          "cell-products",
          "step-weight-grad",
          "depth-jacobian");

  /** The papers issue 6 names for each topic; an explanation must cite at least these. */
  static final Map<String, List<String>> REQUIRED_PAPERS =
      Map.ofEntries(
          Map.entry("chart.gradient-heatmap", List.of("Pascanu")),
          Map.entry("chart.forget-gate-heatmap", List.of("Hochreiter", "Gers")),
          Map.entry("chart.gradient-history", List.of("Pascanu")),
          Map.entry("chart.loss-chart", List.of("Pascanu")),
          Map.entry("chart.weight-grad-chart", List.of("Pascanu")),
          Map.entry("chart.decay-profile", List.of("Pascanu")),
          Map.entry("chart.eigenvalues", List.of("Pascanu")),
          Map.entry("chart.spectral-radius", List.of("Pascanu")),
          Map.entry("chart.gradient-modes", List.of("Pascanu")),
          Map.entry("chart.cell-terms", List.of("Hochreiter", "Gers")),
          Map.entry("chart.cell-products", List.of("Hochreiter", "Gers")),
          Map.entry("chart.step-weight-grad", List.of("Pascanu")),
          Map.entry("chart.depth-jacobian", List.of("He, Zhang", "Srivastava", "Huang")),
          Map.entry("lesson.vanishing-tanh", List.of("Pascanu")),
          Map.entry("lesson.eigenvalues", List.of("Pascanu")),
          Map.entry("lesson.exploding-clipping", List.of("Pascanu")),
          Map.entry("lesson.lstm-vs-rnn", List.of("Hochreiter")),
          Map.entry("lesson.forget-gate", List.of("Hochreiter", "Gers", "Jozefowicz")),
          Map.entry("lesson.deep-skips", List.of("He, Zhang", "Huang", "Srivastava")),
          Map.entry("lesson.stacked-lstm", List.of("Hochreiter", "He, Zhang")));

  static List<String> lessonIds() throws IOException {
    var lessons = new Properties();
    try (var in =
        ExplanationsTest.class
            .getClassLoader()
            .getResourceAsStream("gradflow/presets/lessons.properties")) {
      lessons.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return Arrays.stream(lessons.getProperty("order").split(",")).map(String::strip).toList();
  }

  static List<String> explainedKeys() throws IOException {
    var keys = new ArrayList<String>();
    CHART_IDS.forEach(id -> keys.add(Explanations.chartKey(id)));
    lessonIds().forEach(id -> keys.add(Explanations.lessonKey(id)));
    return keys;
  }

  /** English and every translation that has been added beside it. */
  static Stream<Locale> languages() throws IOException {
    try (var files = Files.list(Path.of("src/main/resources/gradflow/explanations"))) {
      var translations =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.startsWith("explanations_") && n.endsWith(".properties"))
              .map(n -> n.substring("explanations_".length(), n.length() - ".properties".length()))
              .map(tag -> Locale.forLanguageTag(tag.replace('_', '-')))
              .toList();
      return Stream.concat(Stream.of(Locale.ROOT), translations.stream());
    }
  }

  @Test
  void theElevenLessonsAreTheOnesThePresetFolderLoads() throws IOException {
    assertThat(lessonIds())
        .containsExactly(
            "vanishing-tanh",
            "eigenvalues",
            "exploding-clipping",
            "lstm-vs-rnn",
            "forget-gate",
            "deep-skips",
            "stacked-lstm",
            "indrnn",
            "forget-is-b",
            "bound",
            "residual-adds-i");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyChartAndEveryLessonHasAnExplanationWithSomeMathInIt(Locale language)
      throws IOException {
    var texts = Explanations.forLocale(language);
    for (String key : explainedKeys()) {
      assertThat(texts.body(key)).as(key).isPresent();
      assertThat(TexText.parse(texts.body(key).orElseThrow()))
          .as(key + " has a formula")
          .anyMatch(s -> !s.kind().equals(TexText.Segment.TEXT) && !s.text().isBlank());
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyExplanationOpensAndClosesItsFormulas(Locale language) throws IOException {
    var texts = Explanations.forLocale(language);
    for (String key : explainedKeys()) {
      assertThat(TexText.isBalanced(texts.body(key).orElseThrow())).as(key).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void noTexCommandLostItsBackslashToThePropertiesFormat(Locale language) throws IOException {
    var texts = Explanations.forLocale(language);
    for (String key : explainedKeys()) {
      // \frac, \theta or \nabla written with one backslash turn into a form feed, a tab or a new
      // paragraph in a properties file; only line breaks between paragraphs are meant.
      assertThat(texts.body(key).orElseThrow())
          .as(key)
          .doesNotContainPattern("[\\t\\f\\x0B\\x08]")
          .doesNotContain("\n$$")
          .doesNotContain("\nabla")
          .doesNotContain("\nu ")
          .doesNotContain("\neq");
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyExplanationNamesThePapersTheIssueListsForItsTopic(Locale language) {
    var texts = Explanations.forLocale(language);
    REQUIRED_PAPERS.forEach(
        (key, authors) -> {
          String papers = String.join("; ", texts.papers(key));
          for (String author : authors) {
            assertThat(papers).as(key).contains(author);
          }
        });
  }

  @Test
  void everyPaperAnExplanationCitesIsInTheListOfPapers() {
    var texts = Explanations.forLocale(Locale.ENGLISH);
    for (String key : texts.keys()) {
      if (key.endsWith(".papers") && !key.startsWith("panel.")) {
        for (String id : texts.body(key).orElseThrow().split(",")) {
          assertThat(texts.body("paper." + id.strip())).as(key + " cites " + id).isPresent();
        }
      }
    }
  }

  @Test
  void theCitationsGiveAuthorsYearAndTitle() {
    var papers = Explanations.forLocale(Locale.ENGLISH).papers("lesson.forget-gate");

    assertThat(papers)
        .containsExactly(
            "Hochreiter & Schmidhuber (1997), Long short-term memory, Neural Computation 9(8)",
            "Gers, Schmidhuber & Cummins (2000), Learning to forget: continual prediction with"
                + " LSTM, Neural Computation 12(10)",
            "Jozefowicz, Zaremba & Sutskever (2015), An empirical exploration of recurrent network"
                + " architectures, ICML");
  }

  @Test
  void aLanguageWithoutItsOwnFileGetsEnglish() {
    var english = Explanations.forLocale(Locale.ENGLISH);
    var klingon = Explanations.forLocale(Locale.forLanguageTag("tlh"));

    assertThat(klingon.locale()).isEqualTo(Locale.ROOT);
    assertThat(klingon.label("panel.why")).isEqualTo("Why?");
    assertThat(klingon.body("chart.decay-profile")).isEqualTo(english.body("chart.decay-profile"));
  }

  @Test
  void theServersOwnLanguageDoesNotReplaceTheEnglishFallback() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Explanations.forLocale(Locale.forLanguageTag("tlh")).label("panel.math"))
          .isEqualTo("The math");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownKeyHasNoBodyAndNoPapers() {
    var texts = Explanations.forLocale(Locale.ENGLISH);

    assertThat(texts.body("chart.no-such-chart")).isEmpty();
    assertThat(texts.papers("chart.no-such-chart")).isEmpty();
  }
}
