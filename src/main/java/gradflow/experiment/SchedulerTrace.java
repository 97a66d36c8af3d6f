package gradflow.experiment;

/** What the scheduler did, in order, for tests of its fairness. Called under its lock. */
interface SchedulerTrace {

  /** The run joined the end of the round (admitted, back after a turn, or woken). */
  void enqueued(Run run);

  /** The run's turn began. */
  void dispatched(Run run);

  SchedulerTrace NONE =
      new SchedulerTrace() {
        @Override
        public void enqueued(Run run) {}

        @Override
        public void dispatched(Run run) {}
      };
}
