package gradflow.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalogue resolves lesson ids without the UI, for the API and class mode. */
class LessonsTest {
  private final Lessons lessons = Lessons.load(Fixtures.SPECS);

  @Test
  void theLessonsComeInMenuOrderAndEachResolvesByIdToAValidSpec() {
    assertThat(lessons.ids()).startsWith("vanishing-tanh", "eigenvalues").hasSize(11);
    for (Lessons.Lesson lesson : lessons.all()) {
      assertThat(Fixtures.SPECS.check(lesson.spec()).errors()).as(lesson.id()).isEmpty();
      assertThat(lessons.find(lesson.id())).contains(lesson);
    }
  }

  @Test
  void anUnknownIdResolvesToNothing() {
    assertThat(lessons.find("no-such-lesson")).isEmpty();
    assertThat(lessons.find(null)).isEmpty();
  }

  @Test
  void aComparisonsAIsItsOwnFileWhenThereIsOneElseTheLessonsSpec() {
    var lstm = lessons.comparisons().stream().filter(c -> c.id().equals("lstm-vs-rnn")).findFirst();
    var clipping =
        lessons.comparisons().stream().filter(c -> c.id().equals("exploding-clipping")).findFirst();

    assertThat(lstm.orElseThrow().a())
        .isNotEqualTo(lessons.find("lstm-vs-rnn").orElseThrow().spec());
    assertThat(clipping.orElseThrow().a())
        .isEqualTo(lessons.find("exploding-clipping").orElseThrow().spec());
  }
}
