/**
 * Synthetic long-dependency tasks (adding, copy, recall, ...). Each one generates seeded batches
 * for the engine and knows its chance-level loss, which the charts draw as a baseline.
 */
package gradflow.task;
