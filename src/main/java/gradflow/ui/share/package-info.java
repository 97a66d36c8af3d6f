/**
 * Shared experiments: the read-only page {@code /x/{slug}} that replays a saved run step by step
 * (or offers a saved spec to train), its "Open in the builder" fork, and the 404 page of a slug
 * that names nothing.
 */
package gradflow.ui.share;
