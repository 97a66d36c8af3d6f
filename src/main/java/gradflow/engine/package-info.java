/**
 * The numeric core: cells, connections across depth, initialisers, losses, optimisers, clipping,
 * exact backpropagation through time and the gradient probe, on EJML.
 *
 * <p>Plain Java: nothing here imports Spring or Vaadin, so the maths can be read, tested and
 * benchmarked on its own.
 */
package gradflow.engine;
