/**
 * Exports of an experiment, as files a student takes away: the canonical spec ({@code spec.json}),
 * the probes in long CSV ({@code probes.csv}) and as the REST API's probe JSON ({@code
 * probes.json}), the network's initial weights ({@code weights.json}), the batch of step 0 ({@code
 * batch.json}), and a self-contained PyTorch script ({@code train.py}) that rebuilds the same
 * stack, batches, optimiser and clipping and prints the same gradient norms as the heatmap.
 *
 * <p>Entry point: {@link gradflow.export.Exports#write}, for one {@link gradflow.export.ExportFile}
 * of an {@link gradflow.export.ExportSource} (a spec and the probes recorded so far). The REST API
 * serves them; a UI button can call the same code. Everything the script describes is read from the
 * engine objects that {@code experiment.EngineAdapter} builds for a run, so that the script cannot
 * describe a network other than the one GradFlow trains.
 *
 * <p>Depends on {@code experiment}, {@code task} and {@code engine}; nothing here knows the API,
 * the UI or persistence.
 */
package gradflow.export;
