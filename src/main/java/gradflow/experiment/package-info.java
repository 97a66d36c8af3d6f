/**
 * Experiments: the spec (its settings table, validation, JSON and URL codec), the training run that
 * turns a spec into probes, and the scheduler that shares the machine fairly between runs.
 */
package gradflow.experiment;
