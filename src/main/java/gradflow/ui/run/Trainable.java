package gradflow.ui.run;

import gradflow.experiment.ExperimentSpec;
import java.util.List;
import java.util.Optional;

/**
 * What the Train button finds: the spec to train, or, when it cannot run, every problem that stops
 * it as a sentence in the page's language, so that the reason stands next to the button rather than
 * only beside a field far down the form.
 */
public record Trainable(Optional<ExperimentSpec> spec, List<String> problems) {
  public Trainable {
    problems = List.copyOf(problems);
  }
}
