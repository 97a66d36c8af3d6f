/**
 * The numeric core: cells, connections across depth, initialisers, losses, optimisers, clipping,
 * exact backpropagation through time and the gradient probe, on EJML.
 *
 * <p>Plain Java: nothing here imports Spring or Vaadin, so the maths can be read, tested and
 * benchmarked on its own.
 *
 * <h2>Driving it</h2>
 *
 * <pre>{@code
 * NetworkConfig config = NetworkConfig.of(task.inputSize(), task.outputSize(),
 *     List.of(LayerConfig.rnn(32, Activation.TANH), LayerConfig.lstm(32, true, 1.0)),
 *     ConnectionKind.PLAIN, InitScheme.ORTHOGONAL, 0.9, seed);     // spectralRadius may be null
 * Trainer trainer = new Trainer(new Network(config), OptimizerConfig.adam(1e-3), Clipping.norm(1.0));
 * for (int step = 0; step < steps && !trainer.diverged(); step++) {
 *   StepReport r = trainer.step(task.batch(step), step % probeEvery == 0);   // probe of this very step
 *   publish(r.loss(), r.probe());                                            // probe null when not asked
 * }
 * if (steps == 0) publish(trainer.probe(task.batch(0)));                     // measure only, no update
 * trainer.divergence().ifPresent(msg -> ...);   // "diverged at step k: ..."; trainer.lastFiniteProbe()
 * }</pre>
 *
 * <h2>Conventions</h2>
 *
 * Row vectors: a step's states are (batch x hidden) matrices and z_t = x_t Wx + h_{t−1} Wh + b;
 * sequences are stacked by time into (T·batch x n) matrices. Initial states are zero. Each cell and
 * connection class cites its paper and numbers its equations; the code under each equation comment
 * computes it. The hot products and activations go through {@code Kernels}: the JDK Vector API when
 * {@code jdk.incubator.vector} is loaded ({@code --add-modules jdk.incubator.vector}), plain Java
 * otherwise.
 */
package gradflow.engine;
