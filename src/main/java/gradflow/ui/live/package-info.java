/**
 * The live charts of a run: the gradient heatmap (layer x time step) with the LSTM forget gates
 * under it, the gradient profile over training, the loss curve with the task's chance baseline, the
 * per-layer weight-gradient norms, and the "why" views: the measured decay against the ρ^ℓ that W_h
 * predicts, the eigenvalues of each W_h in the complex plane, and ρ over training. The derivations'
 * charts draw what the probe measures of the lesson notes' equations: the gradient in W_h's
 * eigen-modes, the LSTM's four cell-state terms and their running products, each step's share of
 * ∂L/∂W_h, and each layer's depth gain. Each turns the engine's probes into chart data; none of
 * them knows how the run is scheduled.
 */
package gradflow.ui.live;
