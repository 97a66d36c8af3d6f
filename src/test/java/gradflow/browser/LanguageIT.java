package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import org.junit.jupiter.api.Test;

/**
 * English and Chinese: chosen by the browser's language on the first visit, switched in the header,
 * remembered across a reload, and switched without losing the student's stack or run.
 */
class LanguageIT extends BrowserTest {

  /** Words of the main labels that must all be gone once the page is in Chinese. */
  private static final String[] ENGLISH_LABELS = {
    "Build a stack",
    "Choose a task and how to train",
    "Train and watch the gradients",
    "Start from a lesson",
    "Layers, from the input up",
    "Add a layer",
    "Hidden units",
    "Batch size",
    "Learning rate",
    "Clip the gradient norm",
    "Spectral radius",
    "One step",
    "Show the numbers",
    "Why?",
    "The experiment as JSON",
    "Predicted gradient size"
  };

  /** What an untranslated key or a missing text looks like on the page. */
  private static final String[] RAW_KEYS = {
    "!{", "setting.", "builder.", "run.status", "chart.", "region.", "violation.", "panel."
  };

  @Test
  void anEnglishBrowserGetsEnglishOnItsFirstVisit() {
    var playground = PlaygroundPage.open(page(), baseUrl());

    assertThat(playground.regionHeading("stack-builder")).isEqualTo("1. Build a stack");
    assertThat(playground.documentLanguage()).startsWith("en");
    assertThat(page().title()).isEqualTo("GradFlow: why networks stop learning");
    ScreenshotOnFailure.save(page(), "language-en");
  }

  @Test
  void aChineseBrowserGetsChineseOnItsFirstVisit() {
    var chinesePage = pageIn("zh-CN");
    var playground = PlaygroundPage.open(chinesePage, baseUrl());

    assertThat(playground.regionHeading("stack-builder")).isEqualTo("1. 搭建网络");
    assertThat(playground.regionHeading("charts")).isEqualTo("3. 训练并观察梯度");
    assertThat(playground.documentLanguage()).isEqualTo("zh-CN");
    assertThat(chinesePage.title()).isEqualTo("GradFlow：神经网络为什么学不动了");
    assertNoEnglishLabelsAndNoRawKeys(playground);
    ScreenshotOnFailure.save(chinesePage, "language-first-visit-zh");
    var audit = new AxeBuilder(chinesePage).withTags(AccessibilityIT.WCAG_AA).analyze();
    assertThat(audit.getViolations())
        .filteredOn(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .extracting(v -> v.getId() + ": " + v.getHelp())
        .isEmpty();
  }

  @Test
  void theSwitchTurnsEveryVisibleLabelChineseKeepsTheWorkAndSurvivesAReload() {
    var playground = PlaygroundPage.open(page(), baseUrl());
    playground.builder().loadLesson("4. LSTM vs RNN on the adding problem (T = 100)");
    playground.builder().type("#training-batch-size", "17");
    var run = playground.run().train();
    String runId = run.runId();

    playground.switchLanguage("zh");

    assertThat(playground.regionHeading("stack-builder")).isEqualTo("1. 搭建网络");
    assertThat(playground.builder().valueOf("#training-batch-size")).isEqualTo("17");
    assertThat(playground.builder().valueOf("#lesson")).startsWith("4. LSTM 与 RNN 对比");
    assertThat(run.runId()).as("the same run goes on").isEqualTo(runId);
    run.heatmap().awaitUpdateCountAbove(0);
    page().waitForCondition(() -> run.status().contains("训练中") || run.status().contains("完成"));
    assertNoEnglishLabelsAndNoRawKeys(playground);
    ScreenshotOnFailure.save(page(), "language-switched-zh");
    var math = playground.builder().lessonMath().open();
    var why = run.why("forget-gate-heatmap").open();
    assertThat(math.summary()).isEqualTo("数学原理");
    assertThat(why.summary()).startsWith("为什么？");
    assertThat(math.readableText()).contains("细胞状态");
    assertThat(math.formulaCount()).isPositive();
    assertThat(math.brokenFormulaCount() + why.brokenFormulaCount()).isZero();
    ScreenshotOnFailure.save(page(), "language-explanations-zh");

    playground.reload();

    assertThat(playground.regionHeading("run-controls")).isEqualTo("2. 选择任务和训练方式");
    assertThat(playground.documentLanguage()).isEqualTo("zh-CN");
    assertNoEnglishLabelsAndNoRawKeys(playground);

    playground.switchLanguage("en");

    assertThat(playground.regionHeading("run-controls"))
        .isEqualTo("2. Choose a task and how to train");
    playground.reload();
    assertThat(playground.regionHeading("stack-builder")).isEqualTo("1. Build a stack");
    assertNoConsoleErrors();
  }

  @Test
  void aValidationMessageAndTheRunStatusAreInChinese() {
    var playground = PlaygroundPage.open(pageIn("zh-CN"), baseUrl());

    playground.builder().typeHidden(1, "9999");

    assertThat(playground.builder().hiddenErrorOf(1))
        .isEqualTo("隐藏单元数为 9999，但它必须是一个整数，介于 1 和 256 之间。");
    playground.builder().typeHidden(1, "8");
    playground.builder().type("#training-steps", "20");
    var run = playground.run().train().awaitStatus("finished");
    assertThat(run.status()).isEqualTo("已完成：共 20 步。");
    ScreenshotOnFailure.save(playground.page(), "language-finished-run-zh");
  }

  @Test
  void compareModeSpeaksChineseAndASwitchKeepsBothSpecs() {
    var chinesePage = pageIn("zh-CN");
    var compare = ComparePage.open(chinesePage, baseUrl(), "lstm-vs-rnn");
    compare.type("a", "training-steps", "30").type("b", "training-steps", "30");

    compare.trainBoth().awaitStatus("a", "finished").awaitStatus("b", "finished");

    assertThat(compare.lossDifference()).startsWith("最终损失：A 为");
    assertThat(compare.summary("b")).contains("30 步");
    assertThat(compare.explanation()).contains("遗忘门");
    assertThat(compare.visibleText())
        .doesNotContain("Train both", "Compare two stacks", "Duplicate A to B", "Final loss")
        .doesNotContain(RAW_KEYS);
    ScreenshotOnFailure.save(chinesePage, "compare-zh");

    compare.switchLanguage("en");

    assertThat(compare.summary("b")).contains("30 steps");
    assertThat(compare.visibleText()).contains("Train both").doesNotContain("同时训练");
    ScreenshotOnFailure.save(chinesePage, "compare-en");
  }

  @Test
  void aSwitchOnComparePageKeepsTheChosenComparisonAndTheEditedSpecs() {
    var compare = ComparePage.open(page(), baseUrl(), "lstm-vs-rnn");
    compare.type("b", "training-steps", "30");
    page().waitForCondition(() -> compare.summary("b").contains("30 steps"));

    compare.switchLanguage("zh");

    assertThat(compare.chosenComparison()).startsWith("4. LSTM 与 RNN 对比");
    assertThat(compare.explanation()).contains("遗忘门");
    assertThat(compare.summary("b")).as("B as edited, not reloaded").contains("30 步");
    assertThat(compare.url()).contains("lesson=lstm-vs-rnn");
    ScreenshotOnFailure.save(page(), "compare-switch-keeps-lesson");
  }

  @Test
  void summariesAndTheConnectionIndicatorSpeakChineseAndCallTheFeedForwardCellSo() {
    var compare = ComparePage.open(pageIn("zh-CN"), baseUrl(), "deep-skips");

    assertThat(compare.summary("a"))
        .startsWith("30 × 前馈 16 tanh · 普通连接 · ")
        .doesNotContain("dense", "plain", "xavier", "adam", "steps");
    assertThat(compare.summary("b")).contains("残差连接");
    assertThat(compare.connectionTexts()).containsExactly("已连接", "连接已断开", "连接已断开，正在重新连接…");
    assertThat(compare.visibleText()).doesNotContain("Online");

    compare.switchLanguage("en");

    assertThat(compare.summary("a")).startsWith("30 × feed-forward 16 tanh · plain · ");
    assertThat(compare.connectionTexts().getFirst()).isEqualTo("Online");
  }

  private static void assertNoEnglishLabelsAndNoRawKeys(PlaygroundPage playground) {
    String text = playground.visibleText() + "\n" + playground.controlNames();
    assertThat(text).doesNotContain(ENGLISH_LABELS).doesNotContain(RAW_KEYS);
  }
}
