package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void aSlugIs22Base64UrlCharactersOf128RandomBits() {
    for (int i = 0; i < 1000; i++) {
      String slug = Slugs.next();
      assertThat(slug).hasSize(22).matches("[A-Za-z0-9_-]+");
      assertThat(Slugs.wellFormed(slug)).isTrue();
    }
    assertThat(Slugs.BYTES * 8).isGreaterThanOrEqualTo(96);
  }

  @Test
  void athousandSlugsAreAllDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(Slugs.next());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void slugsUseTheWholeAlphabetSoNoCharacterIsPredictable() {
    Set<Character> first = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      first.add(Slugs.next().charAt(0));
    }
    assertThat(first).hasSizeGreaterThan(60);
  }

  @Test
  void anythingElseIsNotASlug() {
    String slug = Slugs.next();
    for (String wrong :
        new String[] {
          null,
          "",
          slug.substring(1),
          slug + "x",
          slug.replace(slug.charAt(3), '/'),
          "x".repeat(22).replace('x', '.')
        }) {
      assertThat(Slugs.wellFormed(wrong)).as(String.valueOf(wrong)).isFalse();
    }
  }
}
