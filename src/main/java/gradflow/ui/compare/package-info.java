/**
 * Compare mode at {@code /compare}: two stacks, A and B, trained side by side on the same task,
 * seed and batches, shown at a shared step and on a shared colour scale.
 */
package gradflow.ui.compare;
