package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Share-link codes: compact, canonical, round-tripping, and safe against garbage and zip bombs. */
class SpecUrlTest {
  private final Specs specs = Fixtures.SPECS;

  @Test
  void everyFieldSurvivesTheRoundTripThroughALink() {
    ExperimentSpec spec = Fixtures.everyField();
    SpecResult back = specs.readLink(specs.toLink(spec));
    assertThat(back.errors()).isEmpty();
    assertThat(back.spec()).isEqualTo(spec);
  }

  @Test
  void theCommittedV1LinkKeepsDecodingToTheFixtureSpec() {
    String code = Fixtures.resource("spec-v1.link").strip();
    assertThat(specs.readLink(code).spec()).isEqualTo(Fixtures.everyField());
  }

  @Test
  void aCodeIsUrlSafeAndMuchShorterThanItsJson() {
    ExperimentSpec spec = Fixtures.everyField();
    String code = specs.toLink(spec);
    assertThat(code).matches("[A-Za-z0-9_-]+");
    assertThat(code.length()).isLessThan(specs.toJson(spec).length());
  }

  @Test
  void equalSpecsGiveEqualCodes() {
    ExperimentSpec a = specs.read(Fixtures.resource("spec-v1.json")).orElseThrow();
    assertThat(specs.toLink(a)).isEqualTo(specs.toLink(Fixtures.everyField()));
  }

  @Test
  void garbageIsRefusedWithAClearMessage() {
    for (String garbage : new String[] {"", "   ", "not a link!", "%%%", "AAAA", "x".repeat(5)}) {
      SpecResult r = specs.readLink(garbage);
      assertThat(r.isValid()).as(garbage).isFalse();
      assertThat(r.errors())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.field()).isEqualTo("link");
                assertThat(v.message()).startsWith("The link").endsWith(".");
              });
    }
  }

  @Test
  void aCodeCutShortIsRefusedAsDamaged() {
    String code = specs.toLink(Fixtures.everyField());
    SpecResult r = specs.readLink(code.substring(0, code.length() / 2));
    assertThat(r.errors())
        .singleElement()
        .extracting(Violation::message)
        .asString()
        .contains("damaged");
  }

  @Test
  void aZipBombStopsAtTheSizeBoundInsteadOfInflating() {
    byte[] bomb = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(bomb, (byte) ' ');
    String code = LinkBytes.encode(bomb);
    assertThat(code.length()).isLessThan(SpecUrl.MAX_CODE_LENGTH);
    SpecResult r = specs.readLink(code);
    assertThat(r.errors())
        .singleElement()
        .extracting(Violation::message)
        .asString()
        .contains("more than " + SpecJson.MAX_BYTES + " bytes");
  }

  @Test
  void aBiggerZipBombIsRefusedByItsCodeLengthAlone() {
    byte[] bomb = new byte[100 * 1024 * 1024];
    java.util.Arrays.fill(bomb, (byte) ' ');
    SpecResult r = specs.readLink(LinkBytes.encode(bomb));
    assertThat(r.errors())
        .singleElement()
        .extracting(Violation::message)
        .asString()
        .contains("characters long");
  }

  @Test
  void anOverlongCodeIsRefusedBeforeDecoding() {
    SpecResult r = specs.readLink("A".repeat(SpecUrl.MAX_CODE_LENGTH + 1));
    assertThat(r.errors()).singleElement().extracting(Violation::field).isEqualTo("link");
  }

  @Test
  void aLinkToAnInvalidSpecNamesTheSpecField() {
    String code =
        LinkBytes.encode(
            "{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\", \"hidden\": 512}]}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(specs.readLink(code).errors())
        .extracting(Violation::field)
        .containsExactly("layers[0].hidden");
  }
}
