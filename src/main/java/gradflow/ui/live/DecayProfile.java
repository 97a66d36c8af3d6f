package gradflow.ui.live;

import gradflow.engine.CellKind;
import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.ArrayList;
import java.util.List;

/**
 * One layer's measured gradient against the distance ℓ = T − 1 − t to the last step (where the loss
 * of e.g. the adding task is taken), beside what the derivations say about it.
 *
 * <p>Back through a vanilla RNN, dL/dh_{t−1} = dL/dh_t · diag(σ'(z_t)) · W_hᵀ (Pascanu, Mikolov and
 * Bengio 2013). Two lines follow, both anchored at the measured value at ℓ = 0: the <em>linear
 * RNN</em>'s ρ^ℓ, exact only when σ' = 1 and W_h is normal (an identity RNN with an orthogonal W_h
 * scaled to ρ), and the <em>bound</em> (γ·σ_max)^ℓ, which no path from the last step can exceed
 * since ‖diag(σ')‖ ≤ γ and ‖W_h‖ = σ_max. For an LSTM no matrix power describes the cell path: its
 * line is the product of the forget gates, ∏ B_s = ∏ f_s, from the cell terms, anchored at the
 * measured ‖dL/dc_t‖. A GRU and a feed-forward layer get no line.
 *
 * @param layer the layer (0 = bottom)
 * @param kind which line is drawn beside the measurement
 * @param block the matrix ρ comes from ({@code Wh}, or {@code u} for indrnn); null for others
 * @param rho ρ of that matrix; NaN when there is none or it is not finite
 * @param gamma γ = max |σ'| of the layer's activation; NaN unless LINEAR with a step Jacobian
 * @param sigmaMax σ_max(W_h); NaN unless LINEAR with a step Jacobian
 * @param measured [ℓ]: the batch mean of ‖dL/dh_t‖ at t = T − 1 − ℓ
 * @param predicted [ℓ]: LINEAR measured[0]·ρ^ℓ, FORGET cell[0]·∏ f_s; all NaN for NONE
 * @param bound [ℓ]: measured[0]·(γ·σ_max)^ℓ; all NaN without a step Jacobian
 * @param gains [ℓ]: the measured gain of step t = T − 1 − ℓ's Jacobian on the gradient; NaN without
 *     a step Jacobian (and at t = 0)
 * @param cell [ℓ]: the same as measured for the lstm cell state c_t; null for other layers
 * @param linear whether the layer is a linear RNN (identity activation, σ' = 1), whose departure
 *     from ρ^ℓ comes from its smaller eigenvalues, not from saturation
 */
record DecayProfile(
    int layer,
    Kind kind,
    String block,
    double rho,
    double gamma,
    double sigmaMax,
    double[] measured,
    double[] predicted,
    double[] bound,
    double[] gains,
    double[] cell,
    boolean linear) {

  /** What the line beside the measurement is. */
  enum Kind {
    /** ρ^ℓ of a linear RNN, with the bound (γ·σ_max)^ℓ: rnn and indrnn. */
    LINEAR,
    /** ∏ f_s, the product of the LSTM's forget gates (B_s), from the probe's cell terms. */
    FORGET,
    /** Nothing: a gru, whose path its update gate scales, with no matrix power to draw. */
    GATED,
    /** Nothing: a feed-forward layer, or an lstm probe saved before the cell terms existed. */
    NONE
  }

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
   * candidate block W_h,g for lstm and gru, u for indrnn. −1 when the layer has no recurrent
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
    int T = measured.length;
    double[] cell =
        probe.cellGrad() == null || probe.cellGrad()[layer] == null
            ? null
            : reversed(probe.cellGrad()[layer]);
    var jacobian = probe.stepJacobian() == null ? null : probe.stepJacobian()[layer];
    var terms = probe.cellTerms() == null ? null : probe.cellTerms()[layer];
    int block = predictingBlock(probe.eigenvalues()[layer]);
    String name = block < 0 ? null : probe.eigenvalues()[layer][block].block();
    double rho = block < 0 ? Double.NaN : probe.spectralRadius()[layer][block];
    boolean gru =
        java.util.Arrays.stream(probe.eigenvalues()[layer])
            .anyMatch(s -> CellKind.GRU.recurrentBlocks().getFirst().name().equals(s.block()));
    boolean linear = block >= 0 && !gru && cell == null;
    Kind kind =
        linear && Double.isFinite(rho)
            ? Kind.LINEAR
            : terms != null && cell != null ? Kind.FORGET : gru ? Kind.GATED : Kind.NONE;
    double[] predicted = nan(T);
    double[] bound = nan(T);
    double[] gains = nan(T);
    double gamma = Double.NaN;
    double sigmaMax = Double.NaN;
    boolean anchored = T > 0 && Numbers.loggable(measured[0]);
    switch (kind) {
      case LINEAR -> {
        // A probe saved before the step Jacobian was measured has the linear line only.
        if (jacobian != null) {
          gamma = jacobian.gamma();
          sigmaMax = jacobian.sigmaMax();
        }
        for (int l = 0; l < T; l++) {
          if (anchored) {
            predicted[l] = measured[0] * Math.pow(rho, l);
            bound[l] = jacobian == null ? Double.NaN : measured[0] * Math.pow(gamma * sigmaMax, l);
          }
          if (jacobian != null && T - 1 - l > 0) {
            gains[l] = jacobian.gain()[T - 1 - l];
          }
        }
      }
      case FORGET -> {
        if (Numbers.loggable(cell[0])) {
          for (int l = 0; l < T; l++) {
            predicted[l] = cell[0] * terms.productB()[T - 1 - l];
          }
        }
      }
      case GATED, NONE -> {}
    }
    return new DecayProfile(
        layer,
        kind,
        kind == Kind.LINEAR ? name : null,
        kind == Kind.LINEAR ? rho : Double.NaN,
        gamma,
        sigmaMax,
        measured,
        predicted,
        bound,
        gains,
        cell,
        probe.gradientModes() != null && probe.gradientModes()[layer] != null);
  }

  private static double[] nan(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, Double.NaN);
    return out;
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
    return (kind == Kind.LINEAR || kind == Kind.FORGET)
        && predicted.length > 0
        && !Double.isNaN(predicted[0]);
  }

  /** Whether the bound (γ·σ_max)^ℓ is drawn. */
  boolean bounds() {
    return kind == Kind.LINEAR && bound.length > 0 && !Double.isNaN(bound[0]);
  }

  /** γ·σ_max, the most one step can multiply the gradient by. */
  double stepBound() {
    return gamma * sigmaMax;
  }

  /** The geometric mean of the measured step gains (finite and positive), NaN without any. */
  double meanGain() {
    double logs = 0;
    int n = 0;
    for (double g : gains) {
      if (Numbers.loggable(g)) {
        logs += Math.log(g);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.exp(logs / n);
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
      if (bounds()) {
        row.add(Numbers.format(bound()[l]));
        row.add(Double.isNaN(gains()[l]) ? "—" : Numbers.format(gains()[l]));
      }
      if (cell() != null) {
        row.add(Numbers.format(cell()[l]));
      }
      rows.add(row);
    }
    return new NumbersTable.Content(
        DecayProfileChart.WORDS.caption(layer() + 1), DecayProfileChart.Text.headers(this), rows);
  }
}
