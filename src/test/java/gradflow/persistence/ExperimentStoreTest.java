package gradflow.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradflow.experiment.ExperimentStore;
import gradflow.experiment.RecordedResults;
import gradflow.experiment.SaveRefusedException;
import gradflow.experiment.SavedExperiment;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * What the store promises, on a real database that Flyway migrated from empty. Each database
 * GradFlow runs on has a subclass that names it ({@link ExperimentStoreOnH2Test}, {@link
 * ExperimentStoreOnPostgresTest}), so that both keep every promise, not only the default one. Each
 * Spring context gets a database of its own.
 */
@SpringBootTest(
    classes = PersistenceTestApp.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ExperimentStoreTest {
  @Autowired ExperimentStore store;
  @Autowired JdbcAggregateOperations jdbc;
  @Autowired JdbcClient sql;

  @Test
  void theMigrationsRanOnTheEmptyDatabaseAndCreatedTheTable() {
    List<String> applied =
        sql.sql(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
            .query(String.class)
            .list();
    assertThat(applied).containsExactly("1", "2", "3");
    // information_schema is standard SQL; only the case of names differs (H2 folds to upper).
    List<String> columns =
        sql.sql(
                "SELECT LOWER(column_name) FROM information_schema.columns"
                    + " WHERE LOWER(table_name) = 'saved_experiment' ORDER BY ordinal_position")
            .query(String.class)
            .list();
    assertThat(columns).containsExactly("slug", "created_at", "spec", "results");
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
  void slugsOfManySavesAreAllDistinctAndFollowNoOrder() {
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      slugs.add(store.save(Fixtures.SPEC, null, "many-" + (i % 20)).slug());
    }

    assertThat(slugs).doesNotHaveDuplicates().allMatch(Slugs::wellFormed);
    // Neither the database nor the store hands out keys in sequence: the next slug is unknown.
    assertThat(slugs).isNotEqualTo(slugs.stream().sorted().toList());
    assertThat(slugs.stream().map(s -> s.substring(0, 3)).distinct()).hasSizeGreaterThan(97);
    assertThat(slugs).allMatch(slug -> store.find(slug).isPresent());
  }

  @Test
  void aSaveUnderAnExistingSlugIsRefusedAndLeavesTheFirstUntouched() {
    SavedExperiment first = store.save(Fixtures.SPEC, Fixtures.results(1), "test");
    var clash = new ExperimentRow(first.slug(), Instant.now(), "{\"other\":true}", null);

    // The store retries a new slug on exactly this exception: each database must raise it.
    assertThatThrownBy(() -> jdbc.insert(clash)).isInstanceOf(DuplicateKeyException.class);
    SavedExperiment loaded = store.find(first.slug()).orElseThrow();
    assertThat(loaded.spec()).isEqualTo(Fixtures.SPEC);
    assertThat(loaded.results())
        .usingRecursiveComparison(Fixtures.NAN_EQUAL)
        .isEqualTo(first.results());
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
