package gradflow.api;

/**
 * {@code POST /api/experiments}'s answer.
 *
 * @param slug the saved experiment's key
 * @param link its page, {@code /x/{slug}}
 * @param specLink the spec alone as a compact link code (no results, nothing stored), as the
 *     playground's share links carry it
 */
record ExperimentCreated(String slug, String link, String specLink) {}
