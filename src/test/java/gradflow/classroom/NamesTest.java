package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void aNicknameIsTrimmedAndMayBeInAnyScript() {
    assertThat(Names.nickname("  Ann_B. ")).isEqualTo("Ann_B.");
    assertThat(Names.nickname("小明")).isEqualTo("小明");
    assertThat(Names.nickname("さくら-2")).isEqualTo("さくら-2");
    assertThat(Names.nickname("지민 Kim")).isEqualTo("지민 Kim");
    assertThat(Names.nickname("Zoë")).isEqualTo("Zoë");
  }

  @Test
  void aTooLongNicknameIsRefusedNamingTheFieldAndTheLimit() {
    assertRefused(() -> Names.nickname("a".repeat(25)), "nickname", "at most 24")
        .hasMessageContaining("25 characters");
    assertThat(Names.nickname("a".repeat(24))).hasSize(24);
  }

  @Test
  void anEmptyNicknameIsRefusedSayingHowLongItMayBe() {
    assertRefused(() -> Names.nickname("   "), "nickname", "1 to 24 characters");
    assertRefused(() -> Names.nickname(null), "nickname", "1 to 24 characters");
  }

  @Test
  void markupInANicknameIsRefused() {
    assertRefused(() -> Names.nickname("<script>alert(1)</script>"), "nickname", "< or >");
    assertRefused(() -> Names.nickname("a>b"), "nickname", "< or >");
  }

  @Test
  void controlAndInvisibleCharactersInANicknameAreRefused() {
    assertRefused(() -> Names.nickname("Ann\nBob"), "nickname", "control characters");
    assertRefused(() -> Names.nickname("Ann\u202EboB"), "nickname", "control characters");
  }

  @Test
  void symbolsOtherThanUnderscoreDashAndDotAreRefusedNamingTheCharacter() {
    assertRefused(() -> Names.nickname("Ann&Bob"), "nickname", "\"&\"");
    assertRefused(() -> Names.nickname("x\"y"), "nickname", "letters, digits");
  }

  @Test
  void nicknamesDifferingOnlyInCaseOrWidthAreTheSame() {
    assertThat(Names.key("ANN")).isEqualTo(Names.key("ann"));
    assertThat(Names.key("Ａｎｎ")).isEqualTo(Names.key("ann"));
  }

  @Test
  void aTitleIsOneToEightyCharactersWithoutMarkup() {
    assertThat(Names.title(" Period 3: RNNs & LSTMs ")).isEqualTo("Period 3: RNNs & LSTMs");
    assertRefused(() -> Names.title("x".repeat(81)), "title", "at most 80");
    assertRefused(() -> Names.title(""), "title", "1 to 80 characters");
    assertRefused(() -> Names.title("<b>Period 3</b>"), "title", "< or >");
    assertRefused(() -> Names.title("Period\t3"), "title", "control characters");
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ?> assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String text) {
    return Refused.refused(call, ClassRefusedException.Reason.INVALID)
        .satisfies(e -> assertThat(((ClassRefusedException) e).field()).isEqualTo(field))
        .hasMessageStartingWith(field)
        .hasMessageContaining(text);
  }
}
