package gradflow.engine;

import java.util.Locale;

/**
 * Weight initialisation (DESIGN.md's {@code init.scheme}), applied to every weight block of fan-in
 * n_in and fan-out n_out of the layers (input, recurrent, projection and gate weights; each gate's
 * block on its own). The readout is always {@link #XAVIER}. Biases start at zero except the LSTM
 * forget gate and the highway transform gate, which take their configured biases.
 *
 * <ul>
 *   <li>{@code xavier}: U(−a, a), a = √(6 / (n_in + n_out)) (Glorot and Bengio 2010);
 *   <li>{@code he}: N(0, 2 / n_in) (He et al. 2015);
 *   <li>{@code orthogonal}: the top-left block of a random orthogonal matrix, the Q of a Gaussian
 *       matrix's QR with signs fixed by diag(R) (Saxe et al. 2014);
 *   <li>{@code identity}: ones on the diagonal, zeros elsewhere (Le et al. 2015 for W_h);
 *   <li>{@code normal}: N(0, 1 / n_in).
 * </ul>
 */
public enum InitScheme {
  XAVIER,
  HE,
  ORTHOGONAL,
  IDENTITY,
  NORMAL;

  public static InitScheme parse(String name) {
    return Names.parse(InitScheme.class, "init.scheme", name);
  }

  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
