/**
 * Synthetic long-dependency tasks (adding, copy, recall, order, parity, reverse, and the depth task
 * spirals). Each one generates seeded batches for the engine and knows its chance-level loss, which
 * the charts draw as a baseline.
 *
 * <p>Entry point: {@link gradflow.task.TaskKind}, the registry of kinds by their spec name, which
 * builds a {@link gradflow.task.Task}. A batch is a pure function of (seed, step), drawn from an
 * in-package SplitMix64 so the numbers do not depend on the Java version. Depends only on {@code
 * engine} (for its {@code Batch}).
 */
package gradflow.task;
