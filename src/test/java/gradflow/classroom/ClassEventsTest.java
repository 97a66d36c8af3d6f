package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassEventsTest {
  private final ClassEvents events = new ClassEvents();

  @AfterEach
  void close() {
    events.close();
  }

  @Test
  void listenersHearTheirClassesEventsInOrderOnAnotherThread() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    var done = new CountDownLatch(3);
    String caller = Thread.currentThread().getName();
    events.subscribe(
        "KMN473",
        e -> {
          heard.add(
              ((ClassEvent.StudentJoined) e).nickname() + "@" + Thread.currentThread().getName());
          done.countDown();
        });
    events.subscribe("ACDEFH", e -> heard.add("other class"));

    for (String name : List.of("Ann", "Bob", "Cy")) {
      events.publish(new ClassEvent.StudentJoined("KMN473", name, name, 1));
    }

    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(heard)
        .extracting(h -> h.substring(0, h.indexOf('@')))
        .containsExactly("Ann", "Bob", "Cy");
    assertThat(heard).noneMatch(h -> h.endsWith("@" + caller));
  }

  @Test
  void aListenerThatThrowsDoesNotKeepTheOthersFromHearing() throws Exception {
    var heard = new CountDownLatch(2);
    events.subscribe("KMN473", e -> heard.countDown());
    events.subscribe(
        "KMN473",
        e -> {
          throw new IllegalStateException("a page that broke");
        });
    events.subscribe("KMN473", e -> heard.countDown());

    events.publish(new ClassEvent.StudentJoined("KMN473", "id", "Ann", 1));

    assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aClosedSubscriptionHearsNothingMoreAndLeavesNoListenerBehind() throws Exception {
    List<ClassEvent> heard = new CopyOnWriteArrayList<>();
    var sub = events.subscribe("KMN473", heard::add);
    var marker = new CountDownLatch(1);
    events.subscribe("ACDEFH", e -> marker.countDown());

    sub.close();
    sub.close();
    events.publish(new ClassEvent.StudentJoined("KMN473", "id", "Ann", 1));
    events.publish(new ClassEvent.StudentJoined("ACDEFH", "id", "Bob", 1));

    assertThat(marker.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(heard).isEmpty();
    assertThat(events.listenerCount("KMN473")).isZero();
  }

  @Test
  void aListenerMayCallBackIntoTheEventsWhileHearing() throws Exception {
    var second = new CountDownLatch(1);
    events.subscribe(
        "KMN473",
        e -> {
          if (e instanceof ClassEvent.StudentJoined j && j.students() == 1) {
            events.subscribe("KMN473", later -> second.countDown());
            events.publish(new ClassEvent.StudentJoined("KMN473", "id2", "Bob", 2));
          }
        });

    events.publish(new ClassEvent.StudentJoined("KMN473", "id", "Ann", 1));

    assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
  }
}
