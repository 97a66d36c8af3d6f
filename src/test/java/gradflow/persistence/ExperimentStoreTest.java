package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.SaveRefusedException;
import gradflow.experiment.SavedExperiment;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** The store on a real (in-memory H2) database that Flyway migrated from empty. */
@SpringBootTest(
    classes = PersistenceTestApp.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExperimentStoreTest {
  @Autowired ExperimentStore store;
  @Autowired JdbcAggregateOperations jdbc;
  @Autowired JdbcClient sql;

  @Test
  void theMigrationRanOnTheEmptyDatabaseAndCreatedTheTable() {
    List<String> applied =
        sql.sql(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
            .query(String.class)
            .list();
    assertThat(applied).containsExactly("1");
    assertThat(sql.sql("SELECT COUNT(*) FROM saved_experiment").query(Long.class).single())
        .isNotNull();
  }

  @Test
  void aSavedSpecLoadsBackAsTheIdenticalCanonicalText() {
    SavedExperiment saved = store.save(Fixtures.SPEC, null, "test");

    SavedExperiment loaded = store.find(saved.slug()).orElseThrow();

    assertThat(loaded.spec()).isEqualTo(Fixtures.SPEC);
    assertThat(loaded.results()).isNull();
    assertThat(loaded.createdAt()).isEqualTo(saved.createdAt());
    assertThat(loaded.link()).isEqualTo("/x/" + saved.slug());
  }

  @Test
  void recordedResultsComeBackEqualNonFiniteNumbersIncluded() {
    RecordedResults results = Fixtures.results(5);

    SavedExperiment saved = store.save(Fixtures.SPEC, results, "test");
    RecordedResults loaded = store.find(saved.slug()).orElseThrow().results();

    assertThat(loaded).usingRecursiveComparison(Fixtures.NAN_EQUAL).isEqualTo(results);
    assertThat(loaded.probes().get(0).hiddenGrad()[0][2]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(loaded.probes().get(0).weightGrad()[1]).isNaN();
  }

  @Test
  void anUnknownOrMalformedSlugFindsNothing() {
    String slug = store.save(Fixtures.SPEC, null, "test").slug();
    String other = (slug.charAt(0) == 'A' ? 'B' : 'A') + slug.substring(1);

    for (String wrong :
        List.of(other, slug.substring(1), slug + "A", "../../etc/passwd", "", "' OR 1=1 --")) {
      assertThat(store.find(wrong)).as(wrong).isEmpty();
    }
    assertThat(store.find(null)).isEmpty();
  }

  @Test
  void aClientThatSavedItsLimitWithinTheHourIsRefusedWithARetryHint() {
    var clock = new MutableClock();
    var limited =
        new JdbcExperimentStore(
            jdbc, new ExperimentSettings(2, 1_000_000, DataSize.ofMegabytes(1)), clock);
    limited.save(Fixtures.SPEC, null, "a");
    limited.save(Fixtures.SPEC, null, "a");

    assertThatThrownBy(() -> limited.save(Fixtures.SPEC, null, "a"))
        .isInstanceOfSatisfying(
            SaveRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.TOO_MANY);
              assertThat(e.retryAfterSeconds()).isBetween(3500, 3601);
            })
        .hasMessageContaining("retry in");
    limited.save(Fixtures.SPEC, null, "b");

    clock.now = clock.now.plusSeconds(3601);
    limited.save(Fixtures.SPEC, null, "a");
  }

  @Test
  void aFullDatabaseRefusesEverySave() {
    long rows = jdbc.count(ExperimentRow.class);
    var full =
        new JdbcExperimentStore(
            jdbc,
            new ExperimentSettings(100, Math.max(1, rows), DataSize.ofMegabytes(1)),
            InstantSource.system());
    if (rows == 0) {
      full.save(Fixtures.SPEC, null, "a");
    }

    assertThatThrownBy(() -> full.save(Fixtures.SPEC, null, "a"))
        .isInstanceOfSatisfying(
            SaveRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.TOO_MANY))
        .hasMessageContaining("gradflow.experiments.max-total");
  }

  @Test
  void resultsOverTheSizeLimitKeepAnEvenlyThinnedSubsetOfTheirProbes() {
    RecordedResults many = Fixtures.results(64);
    int one = ResultsJson.write(Fixtures.results(1), Integer.MAX_VALUE).length();
    int perProbe = ResultsJson.write(Fixtures.results(2), Integer.MAX_VALUE).length() - one;
    var small =
        new JdbcExperimentStore(
            jdbc,
            new ExperimentSettings(100, 1_000_000, DataSize.ofBytes(one + 11L * perProbe)),
            InstantSource.system());

    RecordedResults kept =
        small.find(small.save(Fixtures.SPEC, many, "a").slug()).orElseThrow().results();

    assertThat(kept.probes()).hasSizeBetween(2, 12);
    assertThat(kept.probes().getFirst().step()).isZero();
    assertThat(kept.probes().getLast().step()).isEqualTo(630);
    assertThat(kept.lossCurve()).isEqualTo(many.lossCurve());
  }

  static final class MutableClock implements InstantSource {
    Instant now = Instant.parse("2026-01-01T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }
  }
}
