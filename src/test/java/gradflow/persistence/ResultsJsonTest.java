package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradflow.experiment.RecordedResults;
import gradflow.experiment.SaveRefusedException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {

  @Test
  void resultsReadBackEqualAndNonFiniteNumbersAreStrings() {
    RecordedResults results = Fixtures.results(3);

    String text = ResultsJson.write(results, Integer.MAX_VALUE);

    assertThat(text).contains("\"Infinity\"").contains("\"NaN\"").doesNotContain(":NaN");
    assertThat(text).startsWith("{\"version\":1,\"status\":\"diverged\"");
    assertThat(ResultsJson.read(text))
        .usingRecursiveComparison(Fixtures.NAN_EQUAL)
        .isEqualTo(results);
  }

  @Test
  void thinningKeepsTheFirstAndTheLastProbeAndEveryOtherBetween() {
    var probes = Fixtures.results(7).probes();

    var fewer = ResultsJson.everyOther(probes);

    assertThat(fewer.stream().map(p -> p.step()).toList()).containsExactly(0, 20, 40, 60);
    assertThat(ResultsJson.everyOther(Fixtures.results(6).probes()).stream().map(p -> p.step()))
        .containsExactly(0, 20, 40, 50);
  }

  @Test
  void resultsThatDoNotFitEvenWithTwoProbesAreRefusedNamingTheLimit() {
    RecordedResults results = Fixtures.results(10);

    assertThatThrownBy(() -> ResultsJson.write(results, 2000))
        .isInstanceOfSatisfying(
            SaveRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.TOO_LARGE))
        .hasMessageContaining("at most 2000 bytes");
  }

  @Test
  void thinnedResultsFitTheLimit() {
    RecordedResults results = Fixtures.results(100);
    int limit = 20_000;

    String text = ResultsJson.write(results, limit);

    assertThat(text.length()).isLessThanOrEqualTo(limit);
    var kept = ResultsJson.read(text).probes();
    assertThat(kept.size()).isBetween(2, 99);
    assertThat(kept.getLast().step()).isEqualTo(990);
    assertThat(
            IntStream.range(1, kept.size())
                .allMatch(i -> kept.get(i).step() > kept.get(i - 1).step()))
        .isTrue();
  }
}
