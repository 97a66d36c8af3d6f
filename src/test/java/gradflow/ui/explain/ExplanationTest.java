package gradflow.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void aChartsPanelIsCollapsedAndAsksWhy() {
    var panel = Explanation.ofChart("decay-profile", Locale.ENGLISH);

    assertThat(panel.getId()).contains("why-decay-profile");
    assertThat(panel.isOpened()).isFalse();
    assertThat(panel.isVisible()).isTrue();
    assertThat(panel.summaryText()).isEqualTo("Why?");
  }

  @Test
  void aChartsPanelSendsItsTextAsProseAndFormulas() {
    var panel = Explanation.ofChart("eigenvalues", Locale.ENGLISH);

    assertThat(panel.body().segments())
        .anyMatch(s -> s.kind().equals("display") && s.text().contains("\\lambda_i^{\\ell}"))
        .anyMatch(s -> s.kind().equals("text") && s.text().contains("unit circle"));
    assertThat(panel.body().getElement().getProperty("segments"))
        .as("what the browser receives")
        .contains("{\"kind\":\"display\",\"text\":\"W_h^{\\\\ell} x");
  }

  @Test
  void thePapersLineNamesTheCitedPapers() {
    var panel = Explanation.ofChart("forget-gate-heatmap", Locale.ENGLISH);

    assertThat(panel.papersText())
        .startsWith("Papers: Hochreiter & Schmidhuber (1997)")
        .contains("; Gers, Schmidhuber & Cummins (2000)");
  }

  @Test
  void theLessonPanelStaysHiddenUntilALessonIsLoaded() {
    var panel = Explanation.ofLessons(Locale.ENGLISH);
    assertThat(panel.isVisible()).isFalse();
    assertThat(panel.summaryText()).isEqualTo("The math");

    panel.showLesson("deep-skips");
    assertThat(panel.isVisible()).isTrue();
    assertThat(panel.body().getSource()).contains("h = x + F(x)");
    assertThat(panel.papersText()).contains("He, Zhang").contains("Huang").contains("Srivastava");

    panel.showLesson(null);
    assertThat(panel.isVisible()).isFalse();
  }

  @Test
  void eachChartsPanelNamesItsChartForScreenReaders() {
    var panel = Explanation.ofChart("loss-chart", Locale.ENGLISH);

    assertThat(panel.getSummary().getElement().getTextRecursively())
        .isEqualTo("Why? about the loss curve");
  }

  @Test
  void aChartWithoutWordsGetsNoEmptyPanel() {
    assertThat(Explanation.ofChart("no-such-chart", Locale.ENGLISH).isVisible()).isFalse();
  }
}
