package gradflow.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HeatmapTest {

  @Test
  void aSmallProbeIsShownWholeAsLog10() {
    Heatmap h = Heatmap.of(new double[][] {{1e-3, 1e-2, 1}, {10, 100, 1000}});

    assertThat(h.layers()).containsExactly(1, 2);
    assertThat(h.steps()).containsExactly(1, 2, 3);
    assertThat(h.log10()[0]).containsExactly(new double[] {-3, -2, 0}, within(1e-12));
    assertThat(h.log10()[1]).containsExactly(new double[] {1, 2, 3}, within(1e-12));
  }

  @Test
  void aDeepLongProbeShowsEightEvenlyPickedLayersByThirtyTwoStepAverages() {
    double[][] g = new double[30][100];
    for (int l = 0; l < 30; l++) {
      for (int t = 0; t < 100; t++) {
        g[l][t] = Math.pow(10, l + t / 100.0);
      }
    }

    Heatmap h = Heatmap.of(g);

    assertThat(h.layers()).hasSize(8).startsWith(1).endsWith(30);
    assertThat(h.steps()).hasSize(32).startsWith(1);
    assertThat(h.log10()).hasNumberOfRows(8);
    // Steps 1..3 of layer 1: log10 0, 0.01, 0.02 → their mean.
    assertThat(h.log10()[0][0]).isCloseTo(0.01, within(1e-9));
    assertThat(h.log10()[7][31]).isCloseTo(29 + 0.975, within(1e-9));
  }

  @Test
  void nanInfinityAndZeroStayDistinguishableAndSurviveJson() {
    double[][] g = new double[1][64];
    java.util.Arrays.fill(g[0], 1.0);
    g[0][0] = Double.NaN;
    g[0][1] = Double.POSITIVE_INFINITY;
    g[0][2] = Double.POSITIVE_INFINITY;
    g[0][4] = 0;

    Heatmap h = Heatmap.of(g);

    assertThat(h.log10()[0][0]).as("NaN wins over Inf in one cell").isNaN();
    assertThat(h.log10()[0][1]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(h.log10()[0][2]).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(h.log10()[0][3]).isZero();
    assertThat(h.toJson()).contains("\"NaN\"", "\"Infinity\"", "\"-Infinity\"");
    assertThat(Heatmap.fromJson(h.toJson())).isEqualTo(h);
  }

  @Test
  void noProbeGivesAnEmptyPicture() {
    Heatmap h = Heatmap.of(new double[0][]);
    assertThat(h.layers()).isEmpty();
    assertThat(Heatmap.fromJson(h.toJson())).isEqualTo(h);
  }
}
