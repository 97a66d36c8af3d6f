package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import gradflow.ui.explain.Explanation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LiveChartsExplanationsTest {

  @Test
  void everyLiveChartHasACollapsedWhyPanelUnderIt() {
    var charts = new LiveCharts();

    var panels = descendants(charts).filter(Explanation.class::isInstance).toList();

    assertThat(panels)
        .map(p -> p.getId().orElseThrow())
        .containsExactlyInAnyOrder(
            "why-gradient-heatmap",
            "why-forget-gate-heatmap",
            "why-gradient-history",
            "why-loss-chart",
            "why-weight-grad-chart",
            "why-decay-profile",
            "why-eigenvalues",
            "why-spectral-radius",
            "why-gradient-modes",
            "why-cell-terms",
            "why-cell-products",
            "why-step-weight-grad",
            "why-depth-jacobian");
    assertThat(panels).allMatch(p -> p.isVisible() && !((Explanation) p).isOpened());
  }

  private static Stream<Component> descendants(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> descendants(c)));
  }
}
