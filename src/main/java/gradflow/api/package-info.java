/**
 * The REST API of DESIGN.md: {@code POST /api/runs} starts a run of a spec, {@code GET
 * /api/runs/{id}} and {@code /probes} watch it, {@code DELETE /api/runs/{id}} cancels it; the
 * OpenAPI description is at {@code /v3/api-docs}. {@code POST /api/experiments} saves a spec (the
 * body, read exactly as for a run) and, with {@code ?runId=}, that finished or diverged run's
 * results, through the experiment package's {@code ExperimentStore}; {@code GET
 * /api/experiments/{slug}} reads it back. The page {@code /x/{slug}} is the UI's. {@code GET
 * /api/experiments/{slug}/export/{file}} and {@code GET /api/runs/{id}/export/{file}} download the
 * export package's files (spec.json, probes.csv, probes.json, train.py, weights.json, batch.json)
 * as attachments.
 *
 * <p>Bodies are read bounded ({@code Bodies}) and parsed by the experiment package's {@code Specs},
 * never bound straight to records, so that every refusal names its field. {@code
 * ApiExceptionHandler} answers every error under {@code /api/} as a JSON {@code ApiError}: 400 for
 * a bad spec or parameter, 404 for an unknown id, slug or path, 405, 409 for saving a run that has
 * not ended, 413 for a body over 64 KiB, 429 with Retry-After when the scheduler is full or a
 * client saved too often; 500 only for a bug. JSON has no NaN or infinity, so probe numbers that
 * are not finite are written as the strings "NaN", "Infinity" and "-Infinity", and each probe
 * carries {@code finite}.
 *
 * <p>Depends on {@code experiment} and {@code export} (and reads {@code engine}'s probe record),
 * never on {@code persistence}, which Spring wires in behind {@code ExperimentStore}; nothing
 * depends on it.
 */
package gradflow.api;
