package gradflow.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gradflow.classroom.ClassRefusedException;
import java.util.List;
import java.util.Locale;
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
}
