/**
 * The live charts of a run: the gradient heatmap (layer x time step) with the LSTM forget gates
 * under it, the gradient profile over training, the loss curve with the task's chance baseline, the
 * per-layer weight-gradient norms, and the "why" views: the measured decay against the ρ^ℓ that W_h
 * predicts, the eigenvalues of each W_h in the complex plane, and ρ over training. Each turns the
 * engine's probes into chart data; none of them knows how the run is scheduled.
 */
package gradflow.ui.live;
