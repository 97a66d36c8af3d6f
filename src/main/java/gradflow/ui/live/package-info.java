/**
 * The live charts of a run: the gradient heatmap (layer x time step), the loss curve with the
 * task's chance baseline, and the per-layer weight-gradient norms. Each turns the engine's probes
 * into chart data; none of them knows how the run is scheduled.
 */
package gradflow.ui.live;
