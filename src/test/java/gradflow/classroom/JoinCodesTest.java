package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

  @Test
  void theAlphabetHasNoLookAlikes() {
    for (char c : "0O1IL5S2Z8BUVQ6G".toCharArray()) {
      assertThat(JoinCodes.ALPHABET).as("%s", c).doesNotContain(String.valueOf(c));
    }
    assertThat(JoinCodes.ALPHABET.chars().distinct().count())
        .isEqualTo(JoinCodes.ALPHABET.length());
  }

  @Test
  void aCodeIsSixCharactersOfTheAlphabet() {
    for (int i = 0; i < 1000; i++) {
      assertThat(JoinCodes.random()).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}");
    }
  }

  @Test
  void aNewCodeIsNoneOfTheTakenOnes() {
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = JoinCodes.next(taken::contains);
      assertThat(taken.add(code)).as(code).isTrue();
    }
  }

  @Test
  void aTypedCodeIsReadInAnyCaseWithSpacesOrADash() {
    assertThat(JoinCodes.read(" kmn-473 ")).contains("KMN473");
    assertThat(JoinCodes.read("kmn 473")).contains("KMN473");
  }

  @Test
  void textThatCannotBeACodeIsNoCode() {
    assertThat(JoinCodes.read("KMN47")).isEmpty();
    assertThat(JoinCodes.read("KMN4790")).isEmpty();
    assertThat(JoinCodes.read("KMN0O1")).as("look-alikes are never in a code").isEmpty();
    assertThat(JoinCodes.read("'; DROP")).isEmpty();
    assertThat(JoinCodes.read(null)).isEmpty();
  }
}
