package gradflow.experiment;

/** One point of a run's loss curve: the loss on the batch of training step {@code step}. */
public record LossPoint(int step, double loss) {}
