package gradflow.classroom;

import static gradflow.classroom.ClassRefusedException.Reason.INVALID;

import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.ExperimentStore;
import gradflow.experiment.Lessons;
import gradflow.experiment.SpecResult;
import gradflow.experiment.Specs;
import java.util.Optional;

/**
 * Where an instructor sends a class, as they name it: a lesson id ({@code "forget-gate"}) or a
 * saved experiment's slug, or its whole link ({@code https://…/x/{slug}}) pasted as it is.
 */
final class Targets {
  private final Lessons lessons;
  private final ExperimentStore experiments;
  private final Specs specs;

  Targets(Lessons lessons, ExperimentStore experiments, Specs specs) {
    this.lessons = lessons;
    this.experiments = experiments;
    this.specs = specs;
  }

  /**
   * The target a name resolves to, with its spec checked against today's limits.
   *
   * @throws ClassRefusedException naming {@code start} when there is no such lesson or experiment,
   *     or its spec cannot run here
   */
  Target resolve(String start) {
    String name = start == null ? "" : start.strip();
    int link = name.lastIndexOf("/x/");
    if (link >= 0) {
      name = name.substring(link + 3);
    }
    Optional<Lessons.Lesson> lesson = lessons.find(name);
    if (lesson.isPresent()) {
      return target(Target.Kind.LESSON, name, specs.check(lesson.get().spec()));
    }
    var saved =
        name.isEmpty()
            ? Optional.<gradflow.experiment.SavedExperiment>empty()
            : experiments.find(name);
    if (saved.isPresent()) {
      return target(Target.Kind.EXPERIMENT, name, specs.read(saved.get().spec()));
    }
    throw new ClassRefusedException(
        INVALID,
        "start",
        (name.isEmpty()
                ? "start is missing"
                : "There is no lesson or saved experiment \"" + Names.shorten(name) + "\"")
            + "; start is a lesson ("
            + String.join(", ", lessons.ids())
            + ") or a saved experiment's slug or link (/x/…).");
  }

  private Target target(Target.Kind kind, String id, SpecResult read) {
    if (!read.isValid()) {
      String why =
          read.errors().isEmpty() ? "it cannot be read" : read.errors().getFirst().message();
      throw new ClassRefusedException(
          INVALID,
          "start",
          "The "
              + (kind == Target.Kind.LESSON ? "lesson " : "saved experiment ")
              + id
              + " cannot run on this server: "
              + why);
    }
    ExperimentSpec spec = read.spec();
    return new Target(kind, id, specs.toJson(spec));
  }
}
