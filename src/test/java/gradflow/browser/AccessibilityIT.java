package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An automated accessibility audit with axe-core (WCAG 2.1 A and AA rules, contrast included) of
 * the playground before and while it trains, and the whole build → train path by keyboard alone.
 */
class AccessibilityIT extends BrowserTest {

  static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @Test
  void thePlaygroundHasNoSeriousAccessibilityViolations() {
    PlaygroundPage.open(page(), baseUrl()).decayPreview();

    assertThat(seriousViolations()).isEmpty();
  }

  @Test
  void aTrainingPlaygroundWithItsChartsHasNoSeriousAccessibilityViolations() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("4. LSTM vs RNN on the adding problem (T = 100)");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);
    run.pause();

    assertThat(seriousViolations()).isEmpty();
  }

  @Test
  void everyLiveChartOffersItsNumbersAsATableThatOpensFromTheKeyboard() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("4. LSTM vs RNN on the adding problem (T = 100)");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);
    run.pause();

    var charts = page().locator(".gf-live gradflow-chart:visible").count();
    var tables = page().locator(".gf-live details.gf-numbers:visible").count();
    page().locator("#gradient-heatmap ~ details summary").focus();
    playground.press("Enter");
    var rows = page().locator("#gradient-heatmap ~ details table tbody tr");
    rows.first().waitFor();

    assertThat(tables).isGreaterThanOrEqualTo(charts);
    assertThat(rows.count()).isEqualTo(100);
  }

  @Test
  void aStudentCanBuildAStackAndTrainItWithTheKeyboardAlone() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    var builder = playground.builder();

    playground.tabTo("#add-layer", 80).press("Enter");
    page().waitForCondition(() -> builder.layerCount() == 2);
    // Long enough that it is still training when Pause is reached, however slow the machine.
    builder.type("#training-steps", "20000");
    playground.tabTo("#train", 120).press("Enter");

    page().locator("#run-panel[data-run-id]").waitFor();
    playground.run().heatmap().awaitUpdateCountAbove(0);
    playground.tabTo("#pause", 5).press("Enter");
    playground.run().awaitPaused();
    assertNoConsoleErrors();
  }

  /** Rule id, impact and the first offending elements, so that a failure says what to fix. */
  private List<String> seriousViolations() {
    return seriousViolations(page());
  }

  /** The serious and critical WCAG AA violations on a page, e.g. one of class mode's. */
  static List<String> seriousViolations(com.microsoft.playwright.Page page) {
    var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
    return results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .map(AccessibilityIT::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .limit(3)
            .map(n -> n.getTarget().toString())
            .collect(Collectors.joining(", "));
  }
}
