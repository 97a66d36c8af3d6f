package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapViewTest {

  @Test
  void aLessonNamesItsViewAsAWordOptionallyFollowedByRelative() {
    assertThat(HeatmapView.parse(null)).isEqualTo(HeatmapView.LATEST);
    assertThat(HeatmapView.parse("first"))
        .isEqualTo(new HeatmapView(HeatmapView.Shown.FIRST, false));
    assertThat(HeatmapView.parse(" peak relative "))
        .isEqualTo(new HeatmapView(HeatmapView.Shown.PEAK, true));
    assertThatThrownBy(() -> HeatmapView.parse("first absolute"))
        .hasMessageContaining("latest, first or peak");
    assertThatThrownBy(() -> HeatmapView.parse("middle")).hasMessageContaining("middle");
  }

  @Test
  void theViewsPickStepZeroTheLatestAndTheFiniteProbeWithTheLargestGradient() {
    var probes = RealProbes.trained(10, 4, 1.5, RealProbes.identityRnn(4));

    assertThat(HeatmapView.Shown.FIRST.pick(probes)).isSameAs(probes.getFirst());
    assertThat(HeatmapView.Shown.LATEST.pick(probes)).isSameAs(probes.getLast());
    var peak = HeatmapView.Shown.PEAK.pick(probes);
    for (var p : probes) {
      assertThat(peak.globalNormBefore()).isGreaterThanOrEqualTo(p.globalNormBefore());
    }
    assertThat(HeatmapView.Shown.PEAK.pick(List.of())).isNull();
  }

  @Test
  void relativeRowsAreDividedByTheirLastTimeStepAndADepthColumnByTheTopLayer() {
    double[][] time = {{1e-4, 1e-2, 2}, {0, 3, 0}};
    double[][] depth = {{0.1}, {0.5}, {2}};

    double[][] overTime = HeatmapView.relative(time);
    double[][] overDepth = HeatmapView.relative(depth);

    assertThat(overTime[0]).containsExactly(5e-5, 5e-3, 1);
    assertThat(overTime[1][1]).as("a row whose last step is 0 has no profile").isNaN();
    assertThat(overDepth).isDeepEqualTo(new double[][] {{0.05}, {0.25}, {1}});
  }
}
