package gradflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generator is SplitMix64 bit for bit, and its bounded draws are unbiased. */
class SplitMixTest {

  @Test
  void seedZeroGivesTheReferenceSplitMix64Outputs() {
    SplitMix rng = new SplitMix(0);
    assertThat(rng.nextLong()).isEqualTo(0xe220a8397b1dcdafL);
    assertThat(rng.nextLong()).isEqualTo(0x6e789e6aa1b965f4L);
  }

  @Test
  void boundedIntsCoverTheRangeEvenly() {
    SplitMix rng = new SplitMix(5);
    int[] counts = new int[7];
    int n = 70_000;
    for (int i = 0; i < n; i++) {
      counts[rng.nextInt(7)]++;
    }
    double chiSquare = 0;
    for (int c : counts) {
      double e = n / 7.0;
      chiSquare += (c - e) * (c - e) / e;
    }
    // 6 degrees of freedom: P(chi2 > 22.46) = 0.001.
    assertThat(chiSquare).isLessThan(22.46);
  }

  @Test
  void doublesStayInTheUnitInterval() {
    SplitMix rng = new SplitMix(9);
    for (int i = 0; i < 10_000; i++) {
      assertThat(rng.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }
  }
}
