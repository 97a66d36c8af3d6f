package gradflow.engine;

/**
 * A vanilla or independently recurrent layer's step Jacobian ∂h_t/∂h_{t−1} = diag(σ′(z_t)) W_h
 * (Pascanu, Mikolov and Bengio 2013, eq. 7), measured on a probe's backward pass, and its bound.
 *
 * @param gain [t]: the batch mean of ‖δh_t diag(σ′(z_t)) W_hᵀ‖ / ‖δh_t‖, the factor by which step
 *     t's Jacobian scaled the gradient that actually flowed through it (0 at t = 0, which has no
 *     h_{−1}, and where δh_t = 0)
 * @param gamma the bound on |σ′|: 1 for tanh, relu and identity, 1/4 for sigmoid
 * @param sigmaMax the largest singular value of W_h (max |u| for the diagonal indrnn)
 * @param rho the spectral radius of W_h: the factor per step of a linear RNN
 */
public record StepJacobian(double[] gain, double gamma, double sigmaMax, double rho) {

  /** γ·σ_max(W_h): no step's gain can exceed it (Pascanu et al. 2013, eq. 8). */
  public double bound() {
    return gamma * sigmaMax;
  }
}
