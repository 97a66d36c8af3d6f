package gradflow.ui.live;

import gradflow.engine.CellKind;
import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.ArrayList;
import java.util.List;

/**
 * One layer's measured gradient against the distance ℓ = T − 1 − t to the last step (where the loss
 * of e.g. the adding task is taken), next to the prediction ρ^ℓ from its recurrent matrix.
 *
 * <p>Back through a vanilla RNN, dL/dh_{t−1} = dL/dh_t · diag(σ'(z_t)) · W_hᵀ. With the identity
 * activation and an orthogonal W_h scaled to ρ, every step multiplies the norm by exactly ρ, so the
 * measured curve is ρ^ℓ times its value at ℓ = 0; with tanh, σ' ≤ 1 pulls it below. The prediction
 * is therefore anchored at the measured value at ℓ = 0.
 *
 * @param layer the layer (0 = bottom)
 * @param block the matrix the prediction comes from ({@code Wh}, or for lstm and gru the candidate
 *     block {@code Wh_g}); null for a layer with no recurrent matrix
 * @param rho its spectral radius; NaN when there is none or it is not finite
 * @param measured [ℓ]: the batch mean of ‖dL/dh_t‖ at t = T − 1 − ℓ
 * @param predicted [ℓ]: measured[0] · ρ^ℓ; all NaN when there is no prediction
 * @param cell [ℓ]: the same as measured for the lstm cell state c_t; null for other layers
 */
record DecayProfile(
    int layer, String block, double rho, double[] measured, double[] predicted, double[] cell) {

  /**
   * The first recurrent layer: the one whose time path the lesson is about, since the layers above
   * it reach the loss in fewer matrix products. The bottom layer when there is none.
   */
  static int defaultLayer(Probe probe) {
    var radii = probe.spectralRadius();
    for (int l = 0; l < radii.length; l++) {
      if (radii[l].length > 0) {
        return l;
      }
    }
    return 0;
  }

  /**
   * The block whose ρ predicts the decay, as its cell's description says: W_h for rnn, the
   * candidate block W_h,g for lstm and gru (it plays W_h's part in g_t = tanh(x W_x,g + h W_h,g +
   * b_g), while the gates only scale the path), u for indrnn. −1 when the layer has no recurrent
   * matrix.
   */
  static int predictingBlock(Spectrum[] blocks) {
    for (int b = 0; b < blocks.length; b++) {
      if (CellKind.block(blocks[b].block()).map(CellKind.Block::predicts).orElse(false)) {
        return b;
      }
    }
    return blocks.length > 0 ? 0 : -1;
  }

  static DecayProfile of(Probe probe, int layer) {
    double[] measured = reversed(probe.hiddenGrad()[layer]);
    double[] cell =
        probe.cellGrad() == null || probe.cellGrad()[layer] == null
            ? null
            : reversed(probe.cellGrad()[layer]);
    int block = predictingBlock(probe.eigenvalues()[layer]);
    String name = block < 0 ? null : probe.eigenvalues()[layer][block].block();
    double rho = block < 0 ? Double.NaN : probe.spectralRadius()[layer][block];
    double[] predicted = new double[measured.length];
    boolean anchored = measured.length > 0 && Numbers.loggable(measured[0]);
    for (int l = 0; l < measured.length; l++) {
      predicted[l] = anchored && Double.isFinite(rho) ? measured[0] * Math.pow(rho, l) : Double.NaN;
    }
    return new DecayProfile(
        layer, name, Double.isFinite(rho) ? rho : Double.NaN, measured, predicted, cell);
  }

  /** Time runs backwards from the loss: index ℓ holds step T − 1 − ℓ. */
  private static double[] reversed(double[] byTime) {
    double[] byDistance = new double[byTime.length];
    for (int l = 0; l < byTime.length; l++) {
      byDistance[l] = byTime[byTime.length - 1 - l];
    }
    return byDistance;
  }

  /** Whether there is a prediction to draw. */
  boolean predicts() {
    return predicted.length > 0 && !Double.isNaN(predicted[0]);
  }

  /** The points a log axis can place: finite and positive; the rest are left out and counted. */
  static List<LabelledPoint> points(String what, double[] byDistance) {
    var points = new ArrayList<LabelledPoint>(byDistance.length);
    for (int l = 0; l < byDistance.length; l++) {
      if (Numbers.loggable(byDistance[l])) {
        points.add(
            new LabelledPoint(
                l,
                byDistance[l],
                DecayProfileChart.Text.point(what, l, byDistance.length, byDistance[l])));
      }
    }
    return points;
  }

  /** The chart's numbers as a table, one row per distance. */
  NumbersTable.Content table() {
    var rows = new ArrayList<List<String>>();
    int steps = measured().length;
    for (int l = 0; l < steps; l++) {
      var row =
          new ArrayList<>(
              List.of(
                  Integer.toString(l),
                  Integer.toString(steps - 1 - l),
                  Numbers.format(measured()[l]),
                  predicts() ? Numbers.format(predicted()[l]) : "—"));
      if (cell() != null) {
        row.add(Numbers.format(cell()[l]));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(
        DecayProfileChart.WORDS.caption(layer() + 1),
        DecayProfileChart.Text.headers(cell() != null),
        rows);
  }
}
