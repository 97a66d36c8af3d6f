package gradflow.api;

/**
 * {@code DELETE /api/runs/{id}}'s answer: the status now (still running when it stops before its
 * next step), and how it ended when it has.
 */
record RunCancelled(String id, String status, String message) {}
