/**
 * Operations: GradFlow's own meters on {@code /actuator/prometheus} (runs active, queued and
 * refused, steps per second, saved experiments), for whoever hosts it for a class. Reads the
 * experiment package; nothing depends on it.
 */
package gradflow.ops;
