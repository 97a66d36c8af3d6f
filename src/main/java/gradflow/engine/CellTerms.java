package gradflow.engine;

/**
 * The LSTM's cell-state Jacobian ∂c_t/∂c_{t−1} = A_t + B_t + C_t + D_t split by the path it takes,
 * measured on a probe's backward pass (see {@link LstmCellTerms} for the equations). Index t is
 * about ∂c_t/∂c_{t−1}; at t = 0 every term is 0, since c_{−1} = 0 is no variable.
 *
 * @param a [t]: the batch mean of ‖δc_t A_t‖, the path through the forget gate f_t (all 0 for the
 *     1997 cell, which has none)
 * @param b [t]: the batch mean of ‖δc_t B_t‖ = ‖δc_t ⊙ f_t‖, the direct path (B_t = I without a
 *     forget gate)
 * @param c [t]: the batch mean of ‖δc_t C_t‖, the path through the input gate i_t
 * @param d [t]: the batch mean of ‖δc_t D_t‖, the path through the candidate g_t
 * @param productAll [t]: the batch mean of ‖v ∏_{s=T−1}^{t+1} (A_s + B_s + C_s + D_s)‖ with v the
 *     last step's δc_{T−1} scaled to length 1 (1 at t = T − 1)
 * @param productB [t]: the same with B_s alone, ‖v ⊙ ∏ f_s‖
 */
public record CellTerms(
    double[] a, double[] b, double[] c, double[] d, double[] productAll, double[] productB) {}
