/**
 * Experiments: the spec (its settings table, validation, JSON and URL codec), the training run that
 * turns a spec into probes, and the scheduler that shares the machine fairly between runs.
 *
 * <p>The spec part: {@link gradflow.experiment.ExperimentSpec} and its records mirror DESIGN.md's
 * JSON; {@link gradflow.experiment.SettingsTable} is the one table of names, types, defaults,
 * limits, units, cells and word keys that reading, validation, the link codec, the UI's controls,
 * the API description and the engine's defaults derive from ({@code SpecTree} maps its rows onto
 * the records, {@code SettingRules} says which rows depend on which); {@link
 * gradflow.experiment.SpecLimits} binds the instructor's limits ({@code gradflow.limits.*}); {@link
 * gradflow.experiment.Specs} is the entry point (read JSON or a link code, validate, write).
 * Problems come back as {@link gradflow.experiment.Violation}s naming the field, never as
 * exceptions.
 *
 * <p>The run part: {@code EngineAdapter} is the one place a spec becomes a task, network and
 * trainer. A {@link gradflow.experiment.Run} trains deterministically (step k on the task's batch
 * (seed, k)) in turns of its {@code RunLoop}, keeps a bounded, evenly thinned history that pages
 * poll, can be paused, stepped once and cancelled, and ends as finished, diverged, cancelled,
 * failed or stopped ({@link gradflow.experiment.RunStatus}); {@link
 * gradflow.experiment.RunSnapshot} is what a page or the API shows of it. The {@link
 * gradflow.experiment.RunScheduler} gives the runs that {@code Admission} let in turns of a few
 * steps round-robin on a fixed pool of workers, queues the rest, refuses with a {@link
 * gradflow.experiment.BusyException} when full or when a client has its limit of runs, admits runs
 * only while their estimated activation memory ({@code MemoryEstimate}) fits the budget, and
 * cancels unwatched runs and forgets ended ones; {@link gradflow.experiment.RunSettings} binds its
 * limits ({@code gradflow.runs.*}).
 *
 * <p>Saving: {@link gradflow.experiment.ExperimentStore} is what the API and the UI save {@link
 * gradflow.experiment.SavedExperiment}s (a canonical spec and perhaps a run's {@link
 * gradflow.experiment.RecordedResults}) through; the persistence package implements it, so that its
 * consumers need not know each other.
 *
 * <p>Depends on {@code task}, {@code engine} and Spring configuration binding; nothing here knows
 * the API or the UI.
 */
package gradflow.experiment;
