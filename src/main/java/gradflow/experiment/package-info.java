/**
 * <<<<<<< HEAD Experiments: the spec (its settings table, validation, JSON and URL codec), the
 * training run that turns a spec into probes, and the scheduler that shares the machine fairly
 * between runs. ======= Experiments: the spec (its settings table, validation, JSON and URL codec),
 * the training run that turns a spec into probes, and the scheduler that shares the machine fairly
 * between runs.
 *
 * <p>The spec part: {@link gradflow.experiment.ExperimentSpec} and its records mirror DESIGN.md's
 * JSON; {@link gradflow.experiment.SettingsTable} is the one table of names, types, defaults and
 * limits that reading, validation, the link codec and the UI derive from; {@link
 * gradflow.experiment.SpecLimits} binds the instructor's limits ({@code gradflow.limits.*}); {@link
 * gradflow.experiment.Specs} is the entry point (read JSON or a link code, validate, write).
 * Problems come back as {@link gradflow.experiment.Violation}s naming the field, never as
 * exceptions. Depends on {@code task} (for the task kinds) and Spring configuration binding only.
 * >>>>>>> experiment
 */
package gradflow.experiment;
