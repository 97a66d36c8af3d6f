package gradflow.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gradflow.classroom.ClassRefusedException;
import gradflow.experiment.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalTextTest {

  private static final Locale ZH = Locale.forLanguageTag("zh");

  private static ClassRefusedException tooLong() {
    return new ClassRefusedException(
        "nickname",
        new ClassRefusedException.Rule("name.tooLong", List.of("nickname", 40, 24)),
        "nickname is 40 characters long, but it may be at most 24.");
  }

  @Test
  void aNicknameTooLongIsWordedInChineseWithItsNumbersAndNoEnglish() {
    String text = RefusalText.of(tooLong(), ZH);

    assertThat(text).isEqualTo("昵称有 40 个字符，最多只能有 24 个。");
  }

  @Test
  void theSameRefusalReadsInEnglishOnAnEnglishPage() {
    assertThat(RefusalText.of(tooLong(), Locale.ENGLISH))
        .isEqualTo("The nickname is 40 characters long; it may be at most 24.");
  }

  @Test
  void aRefusalWithoutARuleKeepsTheServicesDetailAfterTheChineseReason() {
    var ended =
        new ClassRefusedException(
            ClassRefusedException.Reason.ENDED, "code", "Class ABCDEF has ended.");

    assertThat(RefusalText.of(ended, ZH))
        .startsWith("这个课堂已结束。")
        .contains("Class ABCDEF has ended.");
  }

  @Test
  void everyNameRuleTheServiceAppliesHasWordsInBothLanguages() throws Exception {
    var names = Class.forName("gradflow.classroom.Names");
    var nickname = names.getDeclaredMethod("nickname", String.class);
    nickname.setAccessible(true);
    for (String typed : new String[] {" ", "<b>", "a\tb", "x".repeat(30), "ann!"}) {
      var e =
          catchThrowableOfType(
              java.lang.reflect.InvocationTargetException.class,
              () -> nickname.invoke(null, typed));
      var refused = (ClassRefusedException) e.getCause();
      assertThat(refused.rule()).as(typed).isNotNull();
      for (Locale locale : new Locale[] {Locale.ENGLISH, ZH}) {
        assertThat(RefusalText.of(refused, locale))
            .as("%s in %s", typed, locale)
            .doesNotContain("class.rule")
            .doesNotContain("{");
      }
    }
  }

  @Test
  void aStudentsRefusalsFromTheServiceReadWhollyInChineseBesideTheirNumbersAndNames() {
    Map<String, List<Object>> rules =
        Map.of(
            "full", List.of(30),
            "taken", List.of("Ann"),
            "expired", List.of("2025-03-15"),
            "ended", List.of("2025-03-15"),
            "notFound", List.of("KMN473"),
            "tooManyRuns", List.of(300));
    rules.forEach(
        (key, args) -> {
          var e =
              new ClassRefusedException(
                  ClassRefusedException.Reason.FULL,
                  "code",
                  new ClassRefusedException.Rule(key, args),
                  "English detail");
          String zh = RefusalText.of(e, ZH);
          String en = RefusalText.of(e, Locale.ENGLISH);
          for (Object arg : args) {
            assertThat(zh).as(key).contains(String.valueOf(arg));
            assertThat(en).as(key).contains(String.valueOf(arg));
          }
          String rest = zh;
          for (Object arg : args) {
            rest = rest.replace(String.valueOf(arg), "");
          }
          assertThat(rest).as("%s: %s", key, zh).doesNotContainPattern("[A-Za-z]");
        });
  }

  @Test
  void aRunRefusedForChangingFixedSettingsNamesThemByTheirLabelsInThePagesLanguage() {
    var e =
        new ClassRefusedException(
            ClassRefusedException.Reason.LOCKED,
            "layers[1].forgetBias",
            "layers[1].forgetBias is fixed by your instructor",
            List.of(
                new Violation("layers[1].forgetBias", "2", "fixed", "locked", List.of()),
                new Violation("layers[0].forgetBias", "2", "fixed", "locked", List.of()),
                new Violation("training.learningRate", "0.1", "fixed", "locked", List.of())));

    String bias = I18n.t(ZH, "setting.layers[].forgetBias.label");
    String rate = I18n.t(ZH, "setting.training.learningRate.label");
    assertThat(RefusalText.of(e, ZH)).isEqualTo("老师固定了" + bias + "、" + rate + "；改回全班的取值才能训练。");
    assertThat(RefusalText.of(e, Locale.ENGLISH))
        .isEqualTo(
            "Your instructor fixed Forget-gate bias, Learning rate; put it back to the class's value"
                + " to train.");
  }
}
