package gradflow.engine;

/**
 * The eigenvalues λ = re + i·im of one recurrent matrix (or one gate block of it), for the
 * complex-plane plot against the unit circle.
 *
 * @param block which matrix: {@code Wh} for rnn, {@code Wh_i, Wh_f, Wh_o, Wh_g} for lstm, {@code
 *     Wh_u, Wh_r, Wh_g} for gru
 * @param radius max |λ|, NaN when the matrix holds NaN or Inf
 */
public record Spectrum(String block, double radius, double[] re, double[] im) {}
