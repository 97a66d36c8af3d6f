/** Saved experiments and their recorded results, behind unguessable slugs for share links. */
package gradflow.persistence;
