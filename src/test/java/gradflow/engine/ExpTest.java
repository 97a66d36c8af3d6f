package gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpTest {

  @Test
  void expIsWithinTwoUlpsOfStrictMathAcrossTheRangeThatMatters() {
    var rng = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      double x = rng.nextDouble(-700, 700);
      double expected = StrictMath.exp(x);
      assertThat(Math.abs(Exp.exp(x) - expected)).isLessThanOrEqualTo(2 * Math.ulp(expected));
    }
  }

  @Test
  void expIsExactWhereTheAnswerIsKnown() {
    assertThat(Exp.exp(0)).isEqualTo(1.0);
    assertThat(Exp.exp(Math.log(2) * 10))
        .isCloseTo(1024.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void expClampsFarOutsideAndKeepsNaN() {
    assertThat(Exp.exp(-1e6)).isPositive().isLessThan(1e-307);
    assertThat(Exp.exp(1e6)).isGreaterThan(1e307);
    assertThat(Exp.exp(Double.NaN)).isNaN();
    assertThat(Exp.exp(Double.NEGATIVE_INFINITY)).isLessThan(1e-307);
  }
}
