package gradflow.task;

/**
 * SplitMix64 (Steele, Lea and Flood 2014), written out here rather than taken from the JDK so that
 * a shared link reproduces the same batches on every Java version: the algorithm, not a library,
 * fixes the numbers.
 */
final class SplitMix {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  SplitMix(long seed) {
    this.state = seed;
  }

  /**
   * The generator for the batch of training step {@code step}: mixing (seed, step) rather than
   * drawing batches one after another lets a run regenerate any step's batch without replaying the
   * earlier ones.
   */
  static SplitMix forBatch(long seed, long step) {
    return new SplitMix(mix(seed ^ mix(step * GOLDEN_GAMMA + 0x632be59bd9b4e019L)));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform on [0, 1) with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform on [0, bound), without modulo bias. */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long limit = (1L << 32) - ((1L << 32) % bound);
    long r;
    do {
      r = nextLong() >>> 32;
    } while (r >= limit);
    return (int) (r % bound);
  }

  /** Uniform on [from, to). */
  int nextInt(int from, int to) {
    return from + nextInt(to - from);
  }
}
