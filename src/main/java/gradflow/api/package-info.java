/** The REST API of DESIGN.md: start, watch and cancel runs; save and load experiments. */
package gradflow.api;
