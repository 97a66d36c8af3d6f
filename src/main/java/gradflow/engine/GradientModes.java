package gradflow.engine;

/**
 * The last step's gradient x = δh_{T−1} (batch mean) of a vanilla RNN layer expanded in W_h's
 * eigenvectors, x = Σ_i c_i q_i, so that a linear RNN carries it to distance ℓ as W_hˡ x = Σ_i c_i
 * λ_iˡ q_i, each mode at its own rate |λ_i| (see {@link EigenModes}). The largest few eigenvalues
 * by modulus, one of each complex-conjugate pair (its partner carries the conjugate coefficient).
 *
 * @param re the eigenvalues' real parts
 * @param im their imaginary parts (≥ 0)
 * @param coefficient [i]: |c_i| with q_i of length 1; the mode's size at distance ℓ is |c_i|·|λ_i|ˡ
 * @param measured [ℓ]: ‖batch mean of δh_{T−1−ℓ}‖, what the sum of all modes reproduces exactly for
 *     a linear RNN whose loss is at the last step
 */
public record GradientModes(double[] re, double[] im, double[] coefficient, double[] measured) {}
