package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A phone held upright (390 × 844): every page fits the screen's width, whatever is open. */
class PhoneLayoutIT extends BrowserTest {

  private Page phone() {
    return pageSized(390, 844);
  }

  @Test
  void onAPhoneThePlaygroundFitsTheScreenWithTheHeaderControlsAndWholeLabels() {
    var page = phone();
    PlaygroundPage.open(page, baseUrl());
    var screen = new PhoneScreen(page);

    assertThat(screen.sidewaysOverflow()).as("sideways scroll").isZero();
    assertThat(screen.fitsAcross("#mode-compare")).as("Compare link in view").isTrue();
    assertThat(screen.fitsAcross("#language-zh")).as("language switch in view").isTrue();
    assertThat(screen.labelShownWhole("#layer-0-hidden")).as("Hidden units label").isTrue();
    assertThat(screen.labelShownWhole("#training-batch-size")).isTrue();
    ScreenshotOnFailure.save(page, "phone-playground");
  }

  @Test
  void onAPhoneOpenNumbersTablesScrollInsideTheirOwnBoxNotThePage() {
    var page = phone();
    var playground = PlaygroundPage.open(page, baseUrl());
    playground.builder().type("#training-steps", "300");
    var run = playground.run().train();
    run.heatmap().awaitUpdateCountAbove(0);
    run.awaitStatus("finished");

    var screen = new PhoneScreen(page).openEveryNumbersTable();

    assertThat(screen.sidewaysOverflow()).as("sideways scroll with the numbers open").isZero();
    assertThat(screen.fitsAcross("#train")).isTrue();
    ScreenshotOnFailure.save(page, "phone-numbers-open");
  }

  @Test
  void onAPhoneCompareModeFitsTheScreenWithItsButtons() {
    var page = phone();
    ComparePage.open(page, baseUrl(), "lstm-vs-rnn");
    var screen = new PhoneScreen(page);

    assertThat(screen.sidewaysOverflow()).isZero();
    assertThat(screen.fitsAcross("#train-both")).isTrue();
    assertThat(screen.fitsAcross("#language-zh")).isTrue();
    ScreenshotOnFailure.save(page, "phone-compare");
  }
}
