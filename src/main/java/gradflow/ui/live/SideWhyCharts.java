package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import gradflow.engine.Probe;
import gradflow.ui.explain.Explanation;
import java.util.List;

/**
 * The derivations of one side of a comparison, under its heatmap: the decay chart with its bound
 * (recurrent stacks), the LSTM's four cell-state terms and their running products, the eigen-modes
 * of a linear RNN's gradient, and the depth gains (stacks of two layers or more). Each shows itself
 * only when its side's stack has what it draws, so that a comparison lesson can speak of them side
 * by side.
 */
public class SideWhyCharts extends Div {
  private final DecayProfileChart decay;
  private final CellTermsChart cellTerms;
  private final CellProductsChart cellProducts;
  private final DepthJacobianChart depth;
  private final GradientModesChart modes;

  /**
   * @param side the side's id, {@code a} or {@code b}, which every chart id ends with
   */
  public SideWhyCharts(String side) {
    addClassName("gf-side-why");
    decay = new DecayProfileChart("decay-profile-" + side);
    cellTerms = new CellTermsChart("cell-terms-" + side);
    cellProducts = new CellProductsChart("cell-products-" + side);
    depth = new DepthJacobianChart("depth-jacobian-" + side);
    modes = new GradientModesChart("gradient-modes-" + side);
    decay.add(Explanation.ofChart("decay-profile", side));
    cellTerms.add(Explanation.ofChart("cell-terms", side));
    cellProducts.add(Explanation.ofChart("cell-products", side));
    depth.add(Explanation.ofChart("depth-jacobian", side));
    modes.add(Explanation.ofChart("gradient-modes", side));
    add(cellTerms, cellProducts, decay, modes, depth);
    reset();
  }

  /** Hides every chart until a new run's first probe. */
  public void reset() {
    decay.reset();
    decay.setVisible(false);
    charts().forEach(LogLinesChart::reset);
  }

  /** Shows the probe the side's heatmap shows. */
  public void show(Probe probe) {
    if (probe == null || probe.hiddenGrad().length == 0) {
      return;
    }
    decay.setVisible(probe.hiddenGrad()[0].length > 1);
    decay.show(probe);
    charts().forEach(chart -> chart.show(probe));
  }

  private List<LogLinesChart> charts() {
    return List.of(cellTerms, cellProducts, modes, depth);
  }
}
