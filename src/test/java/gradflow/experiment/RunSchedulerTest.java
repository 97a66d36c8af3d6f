package gradflow.experiment;

import static gradflow.experiment.RunFixtures.await;
import static gradflow.experiment.RunFixtures.tiny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real scheduler with real worker threads and real (tiny) runs. */
class RunSchedulerTest {
  /**
   * Long enough to still be running when a test looks: about a millisecond a step, 100000 steps.
   */
  static final ExperimentSpec LONG =
      Fixtures.SPECS
          .read(
              """
              {"task": {"kind": "adding", "length": 50},
               "layers": [{"cell": "rnn", "hidden": 32}],
               "training": {"batchSize": 16, "steps": 100000}, "probeEvery": 1000}
              """)
          .orElseThrow();

  private final List<RunScheduler> schedulers = new ArrayList<>();

  private RunScheduler scheduler(
      int workers, int maxActive, int queue, int perClient, int sliceSteps) {
    return scheduler(workers, maxActive, queue, perClient, sliceSteps, System::nanoTime);
  }

  private RunScheduler scheduler(
      int workers,
      int maxActive,
      int queue,
      int perClient,
      int sliceSteps,
      java.util.function.LongSupplier clock) {
    return scheduler(workers, maxActive, queue, perClient, sliceSteps, clock, 500);
  }

  private RunScheduler scheduler(
      int workers,
      int maxActive,
      int queue,
      int perClient,
      int sliceSteps,
      java.util.function.LongSupplier clock,
      int maxKept) {
    RunSettings settings =
        new RunSettings(
            workers,
            maxActive,
            queue,
            perClient,
            0,
            sliceSteps,
            Duration.ofHours(1),
            1000,
            200,
            16_000_000,
            Duration.ofMinutes(10),
            Duration.ofMinutes(30),
            maxKept,
            org.springframework.util.unit.DataSize.ofBytes(0));
    RunScheduler s = new RunScheduler(Fixtures.SPECS, settings, clock);
    schedulers.add(s);
    return s;
  }

  @AfterEach
  void closeSchedulers() {
    schedulers.forEach(RunScheduler::close);
  }

  @Test
  void whenEveryPlaceAndTheQueueAreTakenANewRunIsRefusedAsBusyWithARetryHint() {
    RunScheduler s = scheduler(1, 1, 1, 10, 10);
    Run first = s.submit(LONG, "a");
    Run second = s.submit(LONG, "b");

    assertThatThrownBy(() -> s.submit(tiny(1, 1), "c"))
        .isInstanceOfSatisfying(
            BusyException.class,
            e -> {
              assertThat(e.retryAfterSeconds()).isBetween(1, 600);
              assertThat(e.clientLimit()).isFalse();
              assertThat(e.getMessage()).startsWith("The server is busy").contains("retry in");
            });
    assertThat(second.snapshot().status()).isEqualTo(RunStatus.QUEUED);
    assertThat(second.snapshot().queuePosition()).isEqualTo(1);

    first.cancel();
    await("the queued run starts", () -> second.status() == RunStatus.RUNNING);
    assertThat(s.submit(tiny(1, 1), "c").snapshot().queuePosition()).isEqualTo(1);
  }

  @Test
  void queuedRunsKnowTheirPositionAndMoveUpWhenOneAheadLeaves() {
    RunScheduler s = scheduler(1, 1, 5, 10, 10);
    Run running = s.submit(LONG, "a");
    Run b = s.submit(LONG, "a");
    Run c = s.submit(LONG, "a");
    assertThat(b.snapshot().queuePosition()).isEqualTo(1);
    assertThat(c.snapshot().queuePosition()).isEqualTo(2);

    b.cancel();

    assertThat(b.snapshot().status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(b.snapshot().message()).isEqualTo("cancelled before it started");
    assertThat(c.snapshot().queuePosition()).isEqualTo(1);
    assertThat(running.snapshot().queuePosition()).isZero();
  }

  @Test
  void cancellingARunningRunStopsItWithinOneSlice() {
    int slice = 5;
    RunScheduler s = scheduler(1, 2, 2, 10, slice);
    Run run = s.submit(LONG, "a");
    await("it has taken a few steps", () -> run.snapshot().step() > 20);

    int atCancel = run.snapshot().step();
    run.cancel();
    await("it ends", () -> run.status().isFinal());

    RunSnapshot end = run.snapshot();
    assertThat(end.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(end.step() - atCancel).isLessThanOrEqualTo(slice);
    assertThat(end.message()).isEqualTo("cancelled at step " + end.step());
  }

  @Test
  void thirtyRunsSubmittedAtOnceAllFinishAndNoneWaitsMoreThanItsFairShare() {
    int maxActive = 8;
    int slice = 5;
    RunScheduler s = scheduler(2, maxActive, 30, 1, slice);
    List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    s.trace(
        new SchedulerTrace() {
          @Override
          public void enqueued(Run run) {
            events.add("+" + run.id());
          }

          @Override
          public void dispatched(Run run) {
            events.add(">" + run.id());
          }
        });

    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      // Long and short runs mixed: 12 to 300 steps.
      runs.add(s.submit(tiny(12 + (i * 97) % 289, 50), "student-" + i));
    }
    await("all 30 end", () -> runs.stream().allMatch(r -> r.status().isFinal()));

    assertThat(runs).extracting(Run::status).containsOnly(RunStatus.FINISHED);
    Map<String, Integer> turns = new HashMap<>();
    Map<String, Integer> waitedSince = new HashMap<>();
    List<String> firstTurns = new ArrayList<>();
    List<String> log;
    synchronized (events) {
      log = List.copyOf(events);
    }
    int dispatches = 0;
    for (String e : log) {
      String id = e.substring(1);
      if (e.startsWith("+")) {
        waitedSince.put(id, dispatches);
      } else {
        int othersBefore = dispatches - waitedSince.remove(id);
        // Round-robin: everybody ahead in the round gets at most one turn before this one.
        assertThat(othersBefore)
            .as("turns given to others while %s waited", id)
            .isLessThanOrEqualTo(maxActive - 1);
        if (!turns.containsKey(id)) {
          firstTurns.add(id);
        }
        turns.merge(id, 1, Integer::sum);
        dispatches++;
      }
    }
    // Places are given in the order of arrival, and every run got exactly the turns its steps need
    // (its steps, plus the turn that ends it, in slices of 5).
    assertThat(firstTurns).containsExactlyElementsOf(runs.stream().map(Run::id).toList());
    for (Run r : runs) {
      int steps = r.spec().training().steps();
      assertThat(turns.get(r.id()))
          .as("turns of a run of %d steps", steps)
          .isEqualTo((steps + 1 + slice - 1) / slice);
    }
  }

  @Test
  void aClientMayHaveOnlyItsLimitOfRunsGoing() {
    RunScheduler s = scheduler(1, 4, 4, 2, 10);
    Run one = s.submit(LONG, "alice");
    s.submit(LONG, "alice");

    assertThatThrownBy(() -> s.submit(LONG, "alice"))
        .isInstanceOfSatisfying(
            BusyException.class,
            e -> {
              assertThat(e.clientLimit()).isTrue();
              assertThat(e.getMessage()).startsWith("You already have 2 runs going");
            });
    Run bobs = s.submit(LONG, "bob");
    assertThat(bobs.status().isFinal()).isFalse();

    one.cancel();
    await("alice's run ends", () -> one.status().isFinal());
    assertThat(s.submit(LONG, "alice").status().isFinal()).isFalse();
    assertThat(s.cancelAllFor("alice")).isEqualTo(2);
    await("alice's runs end", () -> s.liveRunsOf("alice").isEmpty());
  }

  @Test
  void thirtyBrowserSessionsBehindOneSchoolAddressCanEachTrain() {
    // The defaults: 8 places, 32 in the queue, 2 runs per session, no per-address limit.
    RunScheduler s = new RunScheduler(Fixtures.SPECS, RunSettings.DEFAULTS.withPlaces(1, 8, 32, 2));
    schedulers.add(s);
    List<Run> runs = new ArrayList<>();
    for (int student = 0; student < 30; student++) {
      runs.add(s.submitFrom(LONG, "session-" + student, "192.0.2.7", false));
    }
    assertThat(runs).allSatisfy(r -> assertThat(r.status().isFinal()).isFalse());
    assertThat(s.activeCount() + s.queuedCount()).isEqualTo(30);
    assertThat(s.refusedCount()).isZero();
  }

  @Test
  void anAddressLimitCountsEverySessionAtThatAddressAndNamesItsSetting() {
    RunScheduler s =
        new RunScheduler(
            Fixtures.SPECS,
            places(4, 8, 2, 3, 10, org.springframework.util.unit.DataSize.ofBytes(0)));
    schedulers.add(s);
    s.submitFrom(LONG, "session-1", "192.0.2.7", false);
    s.submitFrom(LONG, "session-2", "192.0.2.7", false);
    Run third = s.submitFrom(LONG, "session-3", "192.0.2.7", false);

    assertThatThrownBy(() -> s.submitFrom(LONG, "session-4", "192.0.2.7", false))
        .isInstanceOfSatisfying(
            BusyException.class,
            e -> {
              assertThat(e.clientLimit()).isTrue();
              assertThat(e.getMessage())
                  .startsWith("Your network address already has 3 runs going")
                  .contains("GRADFLOW_RUNS_PERADDRESS");
            });
    assertThat(s.submitFrom(LONG, "session-5", "198.51.100.1", false).status().isFinal()).isFalse();
    third.cancel();
    await("the third run ends", () -> third.status().isFinal());
    assertThat(s.submitFrom(LONG, "session-4", "192.0.2.7", false).status().isFinal()).isFalse();
  }

  @Test
  void aRunCanBePausedSteppedOnceAndResumed() {
    RunScheduler s = scheduler(1, 2, 2, 10, 5);
    Run run = s.submit(LONG, "a");
    await("it runs", () -> run.snapshot().step() > 0);

    run.pause();
    await("it parks", () -> s.isParked(run));
    int parkedAt = run.snapshot().step();
    assertThat(run.snapshot().paused()).isTrue();
    assertThat(run.status()).isEqualTo(RunStatus.RUNNING);

    run.stepOnce();
    await("one step is taken", () -> run.snapshot().step() == parkedAt + 1);
    await("it parks again", () -> s.isParked(run));
    assertThat(run.snapshot().step()).isEqualTo(parkedAt + 1);

    run.resume();
    await("it runs on", () -> run.snapshot().step() > parkedAt + 20);
    assertThat(run.snapshot().paused()).isFalse();

    run.pause();
    await("it parks", () -> s.isParked(run));
    run.cancel();
    assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
  }

  @Test
  void aRunNobodyWatchesIsCancelledAndAnEndedRunIsForgottenLater() {
    AtomicLong now = new AtomicLong(System.nanoTime());
    RunScheduler s = scheduler(1, 3, 2, 10, 5, now::get);
    Run watched = s.submit(LONG, "a");
    Run unwatched = s.submit(LONG, "b");
    Run quick = s.submit(tiny(3, 1), "c");
    await("the quick run ends", () -> quick.status().isFinal());

    now.addAndGet(Duration.ofMinutes(11).toNanos());
    watched.snapshot(); // its page polls it
    s.sweep();

    await("the unwatched run ends", () -> unwatched.status().isFinal());
    assertThat(unwatched.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(unwatched.snapshot().message()).endsWith("nobody has watched it for 600 s");
    assertThat(watched.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(s.find(quick.id())).contains(quick);

    now.addAndGet(Duration.ofMinutes(31).toNanos());
    s.sweep();
    assertThat(s.find(quick.id())).isEmpty();
    assertThat(s.find(unwatched.id())).isEmpty();
    assertThat(s.find(watched.id())).contains(watched);
  }

  @Test
  void onlyTheMostRecentlyEndedRunsAreRememberedPastTheLimit() {
    RunScheduler s = scheduler(1, 4, 4, 10, 5, System::nanoTime, 2);
    List<Run> ended = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Run r = s.submit(tiny(2, 1), "a");
      await("run " + i + " ends", () -> r.status().isFinal());
      ended.add(r);
    }

    Run next = s.submit(tiny(2, 1), "a");

    assertThat(s.find(ended.get(0).id())).isEmpty();
    assertThat(s.find(ended.get(1).id())).isEmpty();
    assertThat(s.find(ended.get(2).id())).contains(ended.get(2));
    assertThat(s.find(ended.get(3).id())).contains(ended.get(3));
    assertThat(s.find(next.id())).contains(next);
  }

  /** Cheap work but 64 layers of activations for 1000 steps of 256 sequences: about 20 GB. */
  static final ExperimentSpec MEMORY_HOG =
      Fixtures.SPECS
          .read(
              """
              {"task": {"kind": "adding", "length": 1000},
               "layers": [%s],
               "training": {"batchSize": 256, "steps": 1}}
              """
                  .formatted(
                      String.join(
                          ",",
                          java.util.Collections.nCopies(
                              64, "{\"cell\": \"lstm\", \"hidden\": 8}"))))
          .orElseThrow();

  @Test
  void aRunThatWouldNeedMoreMemoryThanTheServerGivesRunsIsRefusedNamingTheBatchSize() {
    RunScheduler s = scheduler(1, 4, 4, 10, 5);

    assertThatThrownBy(() -> s.submit(MEMORY_HOG, "a"))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> {
              Violation v = e.violations().getFirst();
              assertThat(v.field()).isEqualTo("training.batchSize");
              assertThat(v.value()).isEqualTo("256");
              assertThat(v.message())
                  .startsWith("This run would need about ")
                  .contains("GB of memory")
                  .contains("training.batchSize is 256");
            });
    assertThat(s.liveRunsOf("a")).isEmpty();
  }

  @Test
  void aRunWaitsInTheQueueUntilTheActiveRunsLeaveItMemory() {
    long one = MemoryEstimate.bytes(LONG);
    RunSettings settings =
        places(4, 4, 10, 0, 5, org.springframework.util.unit.DataSize.ofBytes(one * 3 / 2));
    RunScheduler s = new RunScheduler(Fixtures.SPECS, settings, System::nanoTime);
    schedulers.add(s);

    Run first = s.submit(LONG, "a");
    Run second = s.submit(LONG, "b");

    assertThat(first.snapshot().status()).isIn(RunStatus.QUEUED, RunStatus.RUNNING);
    assertThat(second.snapshot().queuePosition()).isEqualTo(1);
    first.cancel();
    await("the second run gets its place", () -> second.status() == RunStatus.RUNNING);
  }

  @Test
  void aRunThatEndsBeforeAnyoneLooksStillShowsItsProbeOfStepZero() {
    RunScheduler s = scheduler(2, 4, 4, 10, 5);
    for (int i = 0; i < 5; i++) {
      Run run = s.submit(tiny(0, 1), "a");
      await("it ends", () -> run.status().isFinal());
      assertThat(run.probes()).extracting(gradflow.engine.Probe::step).containsExactly(0);
      assertThat(run.snapshot().latestProbe().step()).isZero();
    }
  }

  @Test
  void anInvalidSpecIsRefusedWithItsViolations() {
    RunScheduler s = scheduler(1, 2, 2, 10, 5);
    ExperimentSpec ok = tiny(10, 5);
    ExperimentSpec bad =
        new ExperimentSpec(
            ok.version(),
            ok.task(),
            List.of(),
            ok.connection(),
            ok.init(),
            ok.training(),
            ok.probeEvery(),
            ok.seed());

    assertThatThrownBy(() -> s.submit(bad, "a"))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).contains("layers"));
  }

  /** One worker, an hour's turns, and these places, limits and memory budget. */
  private static RunSettings places(
      int maxActive,
      int queue,
      int perClient,
      int perAddress,
      int sliceSteps,
      org.springframework.util.unit.DataSize memoryBudget) {
    return new RunSettings(
        1,
        maxActive,
        queue,
        perClient,
        perAddress,
        sliceSteps,
        Duration.ofHours(1),
        1000,
        200,
        16_000_000,
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        500,
        memoryBudget);
  }
}
