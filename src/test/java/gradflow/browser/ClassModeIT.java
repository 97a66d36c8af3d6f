package gradflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Class mode in browsers: an instructor and three students. The class joins by code, each student
 * gets the next sweep value, a move is pushed to every page, a locked control is shown fixed and
 * cannot be changed, and the three runs fill the sweep plot and the gallery, from which "show to
 * the class" opens one.
 */
@TestPropertySource(properties = {"gradflow.class.instructor-token=" + ClassModeIT.TOKEN})
class ClassModeIT extends BrowserTest {
  static final String TOKEN = "class-mode-it-secret";

  /** A tiny linear RNN: a run of it ends within a second or two. */
  private static final String TINY =
      """
      {"task": {"kind": "adding", "length": 8},
       "layers": [{"cell": "rnn", "hidden": 4, "activation": "%s"}],
       "init": {"scheme": "xavier", "spectralRadius": 1.0},
       "training": {"optimizer": "sgd", "learningRate": 0.01, "batchSize": 2, "steps": 8},
       "probeEvery": 2, "seed": 7}
      """;

  @Test
  void anInstructorAndThreeStudentsTrainASweepThatFillsThePlotAndTheGallery() {
    String first = save("identity");
    String second = save("tanh");
    var teach = new TeachPage(page(), baseUrl()).open().signIn(TOKEN);
    String code = teach.createAt("Period 3", "/x/" + first);
    assertThat(code).hasSize(6);
    teach.sweep("0.5", "1.5", "3");
    page()
        .waitForFunction(
            "() => document.querySelector('#sweep-values').innerText.includes('0.5, 1, 1.5')");
    teach.lock("Learning rate");
    ScreenshotOnFailure.save(page(), "class-teach-dashboard-empty");

    List<ClassPage> students =
        List.of("Ann", "Ben", "Chen").stream()
            .map(name -> ClassPage.open(pageSized(1400, 1000), baseUrl(), code).joinAs(name))
            .toList();
    assertThat(students.stream().map(ClassPage::yourValue))
        .containsExactly(
            "Your value: Spectral radius = 0.5",
            "Your value: Spectral radius = 1",
            "Your value: Spectral radius = 1.5");

    var ann = students.getFirst();
    assertThat(ann.field("training-learning-rate").getAttribute("disabled")).isNotNull();
    assertThat(ann.helperOf("training-learning-rate")).contains("Fixed by your instructor");
    assertThat(ann.field("training-learning-rate").locator("input").isDisabled()).isTrue();

    teach.lock("Batch size");
    for (ClassPage student : students) {
      student.field("training-batch-size[disabled]").waitFor();
    }
    // A lock made elsewhere (a second tab, the REST API) reaches the pages the same way.
    lockOverHttp(code, "training.learningRate", "training.batchSize", "training.steps");
    for (ClassPage student : students) {
      student.field("training-steps[disabled]").waitFor();
    }

    teach.moveTo("/x/" + second);
    for (ClassPage student : students) {
      student.awaitTarget(second);
      assertThat(student.notice()).contains("Your instructor moved the class to");
      assertThat(student.swapButton().isVisible()).isTrue();
    }
    ScreenshotOnFailure.save(ann.page(), "class-student");

    for (ClassPage student : students) {
      student.run().train();
    }
    for (ClassPage student : students) {
      student.run().awaitStatus("finished");
    }
    teach.awaitResults(3);
    assertThat(teach.plotTable()).contains("Ann").contains("Ben").contains("Chen");
    ann.page().locator("#gallery[data-cards='3']").waitFor();
    ScreenshotOnFailure.save(page(), "class-teach-dashboard");
    ScreenshotOnFailure.save(ann.page(), "class-student-gallery");

    assertThat(AccessibilityIT.seriousViolations(page())).as("the dashboard").isEmpty();
    assertThat(AccessibilityIT.seriousViolations(ann.page())).as("a student's page").isEmpty();

    assertThat(teach.compareFirstTwo()).startsWith("/compare?").contains("a=").contains("b=");

    Page shown = teach.showFirstToClass();
    shown.waitForURL("**/x/**");
    shown.locator("#shared-summary").waitFor();
    // The projector's page says whose run it is and their value, and goes full screen.
    assertThat(shown.locator("#shown-heading").innerText()).matches("(Ann|Ben|Chen)'s run");
    assertThat(shown.locator("#shown-facts").innerText()).startsWith("Spectral radius = ");
    ScreenshotOnFailure.save(shown, "class-shown");
    shown.locator("#shown-fullscreen").click();
    shown.waitForFunction("() => document.fullscreenElement !== null");
    // Hidden from the class, the same link is the plain shared page: no name on the projector.
    String shownLink = shown.url();
    page().locator("#gallery [id^='hide-']").first().click();
    page().locator("#gallery .gf-run-card-hidden").first().waitFor();
    shown.navigate(shownLink);
    shown.locator("#shared-summary").waitFor();
    assertThat(shown.locator("#shown-heading").count()).isZero();
    assertNoConsoleErrors();
  }

  @Test
  void aStudentGoesBackToTheirWorkAfterAMoveAndSeesTheClassEndInTheirLanguage() {
    var teach = new TeachPage(page(), baseUrl()).open().signIn(TOKEN);
    String first = save("identity");
    String code = teach.createAt("Endings", "/x/" + first);
    var student = ClassPage.open(pageIn("zh-CN"), baseUrl(), code);
    assertThat(student.page().locator("#join-form h1").innerText()).contains("加入");
    student.joinAs("Dana");

    String second = save("tanh");
    teach.moveTo("/x/" + second);
    student.awaitTarget(second);
    assertThat(student.notice()).contains("老师把全班带到了");
    student.swapButton().click();
    // The spec as JSON (folded away) says which stack the form holds, in any language.
    student
        .page()
        .waitForFunction(
            "() => document.querySelector('#spec-json').textContent.includes('identity')");
    ScreenshotOnFailure.save(student.page(), "class-student-zh");

    page().locator("#end-class").click();
    page().locator("vaadin-button[slot='confirm-button']").click();
    student.page().locator("#class-gone-text").waitFor();
    assertThat(student.goneText()).contains("Endings");
  }

  @Test
  void aWrongCodeGetsAPageThatSaysSoAndAWrongTokenIsRefused() {
    var page = ClassPage.open(page(), baseUrl(), "QQQQQQ");
    assertThat(page.goneText()).contains("There is no class with the code \"QQQQQQ\"");
    ScreenshotOnFailure.save(page(), "class-wrong-code");

    var teach = new TeachPage(pageSized(1400, 1000), baseUrl()).open().signIn("guess");
    assertThat(teach.tokenError()).contains("instructor token");
  }

  @Test
  void aNicknameTooLongOrWithMarkupIsRefusedNextToTheField() {
    var teach = new TeachPage(page(), baseUrl()).open().signIn(TOKEN);
    String code = teach.createAt("Nicknames", "/x/" + save("identity"));
    var student = ClassPage.open(pageSized(1400, 1000), baseUrl(), code);

    assertThat(student.join("<script>alert(1)</script>").nicknameError()).contains("nickname");
    assertThat(student.page().locator("#student-desk").count()).isZero();
    student.join("x".repeat(40));
    student
        .page()
        .waitForFunction(
            "() => document.querySelector('#nickname [slot=\"error-message\"]').innerText.includes('24')");
    ScreenshotOnFailure.save(student.page(), "class-nickname-refused");
  }

  @Test
  void theFrontPageTakesACodeToTheClassPage() {
    var teach = new TeachPage(pageSized(1400, 1000), baseUrl()).open().signIn(TOKEN);
    String code = teach.createAt("Front door", "/x/" + save("identity"));
    page().navigate(baseUrl() + "/");
    page().locator("#join-class-code input").fill(code.toLowerCase());
    page().locator("#join-class-code input").press("Enter");
    page().locator("#join-form").waitFor();
    assertThat(page().url()).endsWith("/c/" + code);
  }

  private void lockOverHttp(String code, String... paths) {
    var response =
        page()
            .request()
            .put(
                baseUrl() + "/api/classes/" + code + "/locks",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setHeader("X-Instructor-Token", TOKEN)
                    .setData("{\"locks\": [\"" + String.join("\", \"", paths) + "\"]}"));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
  }

  /** Saves a tiny experiment through the REST API and returns its slug. */
  private String save(String activation) {
    var response =
        page()
            .request()
            .post(
                baseUrl() + "/api/experiments",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData(TINY.formatted(activation)));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return JsonMapper.builder().build().readTree(response.text()).get("slug").asString();
  }
}
