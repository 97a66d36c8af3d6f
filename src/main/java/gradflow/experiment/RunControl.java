package gradflow.experiment;

/**
 * What a run asks of whoever drives it: the scheduler, or nothing when a test drives it slice by
 * slice. Calls come without the run's lock held.
 */
interface RunControl {

  /** The run was resumed or stepped while parked: give it turns again. */
  void wake(Run run);

  /** Cancel the run, at once if it is not in a slice, else at its next step. */
  void cancel(Run run);

  /** 1 for the next run to start, while queued; 0 otherwise. */
  int queuePosition(Run run);

  /** Where the run reports its probe and page-update times. */
  default RunMeters meters() {
    return RunMeters.NONE;
  }

  RunControl STANDALONE =
      new RunControl() {
        @Override
        public void wake(Run run) {}

        @Override
        public void cancel(Run run) {
          run.requestCancel(null);
        }

        @Override
        public int queuePosition(Run run) {
          return 0;
        }
      };
}
