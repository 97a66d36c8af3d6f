package gradflow.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything that fixes a network's shape and initial weights. The sizes of input and output come
 * from the task (for a {@link Batch.Classification} target the output size is the number of
 * classes).
 *
 * @param inputSize size of x_t, in [1, {@value #MAX_SIZE}]
 * @param outputSize size of the readout, in [1, {@value #MAX_SIZE}]
 * @param layers 1 to {@value #MAX_LAYERS} layers, bottom first
 * @param connection how consecutive layers are joined
 * @param init the weight initialisation scheme
 * @param spectralRadius when not null, every recurrent matrix W_h (each gate block of LSTM and GRU)
 *     is rescaled so that its largest |eigenvalue| equals it; in (0, {@value #MAX_SPECTRAL_RADIUS}]
 * @param highwayBias the highway transform gate's initial bias (negative: carry at init, Srivastava
 *     et al. 2015), within [-20, 20]
 * @param seed the seed of every random number the network draws
 */
public record NetworkConfig(
    int inputSize,
    int outputSize,
    List<LayerConfig> layers,
    ConnectionKind connection,
    InitScheme init,
    Double spectralRadius,
    double highwayBias,
    long seed) {

  public static final int MAX_SIZE = 4096;
  public static final int MAX_LAYERS = 64;
  public static final double MAX_SPECTRAL_RADIUS = 10.0;
  public static final double DEFAULT_HIGHWAY_BIAS = -2.0;

  public NetworkConfig {
    if (inputSize < 1 || inputSize > MAX_SIZE) {
      throw new IllegalArgumentException(
          "inputSize must be in [1, " + MAX_SIZE + "], not " + inputSize);
    }
    if (outputSize < 1 || outputSize > MAX_SIZE) {
      throw new IllegalArgumentException(
          "outputSize must be in [1, " + MAX_SIZE + "], not " + outputSize);
    }
    if (layers == null || layers.isEmpty() || layers.size() > MAX_LAYERS) {
      throw new IllegalArgumentException(
          "layers must hold 1 to "
              + MAX_LAYERS
              + " layers, not "
              + (layers == null ? "none" : layers.size()));
    }
    layers = List.copyOf(layers);
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(init, "init.scheme");
    if (spectralRadius != null && (!(spectralRadius > 0) || spectralRadius > MAX_SPECTRAL_RADIUS)) {
      throw new IllegalArgumentException(
          "init.spectralRadius must be in (0, " + MAX_SPECTRAL_RADIUS + "], not " + spectralRadius);
    }
    if (!Double.isFinite(highwayBias) || Math.abs(highwayBias) > 20) {
      throw new IllegalArgumentException(
          "highwayBias must be within [-20, 20], not " + highwayBias);
    }
  }

  /** A config with the default highway bias. */
  public static NetworkConfig of(
      int inputSize,
      int outputSize,
      List<LayerConfig> layers,
      ConnectionKind connection,
      InitScheme init,
      Double spectralRadius,
      long seed) {
    return new NetworkConfig(
        inputSize,
        outputSize,
        layers,
        connection,
        init,
        spectralRadius,
        DEFAULT_HIGHWAY_BIAS,
        seed);
  }
}
