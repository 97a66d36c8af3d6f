package gradflow.ui.live;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each step's share of the recurrent weight gradient, ∂L/∂W_h = Σ_t (∂L/∂W_h)|_t, as ‖(∂L/∂W_h)|_t‖
 * against the distance ℓ = T − 1 − t to the last step, one line per recurrent layer. In a tanh RNN
 * the far steps' share vanishes, so W_h is updated for near effects only; an LSTM keeps it.
 */
public class StepWeightGradChart extends LogLinesChart {

  static final ChartWords WORDS = new ChartWords("chart.stepGrad");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String series(int layer, String cell) {
      String name = I18n.t("chart.layer", layer + 1);
      return cell == null ? name : name + " (" + cell + ")";
    }

    static String firstStep() {
      return I18n.t("chart.stepGrad.firstStep");
    }

    static String summary(String series, double near, double far, int distance) {
      return I18n.t(
          "chart.stepGrad.summary", series, Numbers.format(near), Numbers.format(far), distance);
    }
  }

  public StepWeightGradChart(String id) {
    super(id, "280px", WORDS);
    reset();
  }

  @Override
  List<Integer> layers(Probe probe) {
    return recurrentLayers(probe).isEmpty() ? List.of() : List.of(-1);
  }

  @Override
  boolean about(Probe probe) {
    return Arrays.stream(probe.spectralRadius()).anyMatch(r -> r.length > 0);
  }

  @Override
  LogLines lines(Probe probe, int unused) {
    return of(probe);
  }

  /** The layers whose steps' shares the probe measured, bottom first. */
  static List<Integer> recurrentLayers(Probe probe) {
    var layers = new ArrayList<Integer>();
    var grads = probe.stepWeightGrad();
    for (int l = 0; grads != null && l < grads.length; l++) {
      if (grads[l] != null) {
        layers.add(l);
      }
    }
    return layers;
  }

  /**
   * The cell's name from its recurrent matrices' blocks (rnn W_h; lstm W_h,o among others, with or
   * without W_h,f; gru W_h,r; indrnn u); null when they say nothing.
   */
  static String cellName(Probe probe, int layer) {
    if (probe.eigenvalues() == null || layer >= probe.eigenvalues().length) {
      return null;
    }
    var blocks = Arrays.stream(probe.eigenvalues()[layer]).map(Spectrum::block).toList();
    if (blocks.contains("Wh_o")) {
      return "LSTM";
    }
    if (blocks.contains("Wh_r")) {
      return "GRU";
    }
    if (blocks.contains("u")) {
      return "IndRNN";
    }
    if (blocks.contains("Wh")) {
      return "RNN";
    }
    return null;
  }

  /** One line per recurrent layer: its steps' shares against the distance to the last step. */
  static LogLines of(Probe probe) {
    var layers = recurrentLayers(probe);
    int steps = probe.stepWeightGrad()[layers.getFirst()].length;
    var lines = new ArrayList<LogLines.Line>();
    var summaries = new ArrayList<String>();
    for (int i = 0; i < layers.size(); i++) {
      int layer = layers.get(i);
      String name = Text.series(layer, cellName(probe, layer));
      double[] byDistance = LogLines.reversed(probe.stepWeightGrad()[layer]);
      lines.add(
          new LogLines.Line(
              name, "‖∂L/∂W_h|_t‖, " + name, byDistance, SeriesStyle.of(i), LogLines.Kind.LINE));
      // The farthest step that can share: t = 1, for h_{−1} = 0 makes t = 0's share 0.
      int far = Math.max(0, steps - 2);
      if (steps > 0) {
        summaries.add(Text.summary(name, byDistance[0], byDistance[far], far));
      }
    }
    boolean firstZero =
        steps > 1 && layers.stream().anyMatch(l -> probe.stepWeightGrad()[l][0] == 0);
    return new LogLines(
        LogLines.indices(steps),
        "ℓ",
        lines,
        firstZero ? Text.firstStep() : "",
        String.join(" ", summaries),
        WORDS.caption());
  }
}
