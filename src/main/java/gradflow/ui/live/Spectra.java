package gradflow.ui.live;

import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.ArrayList;
import java.util.List;

/**
 * A probe's recurrent matrices as chart series: one per layer and gate block, in the probe's order
 * (layers bottom first, blocks as {@link Spectrum#block()} lists them). Dense layers have none.
 */
final class Spectra {

  /** The power whose size the tooltip shows: a gradient's factor after 50 steps back in time. */
  static final int POWER = 50;

  /**
   * The radius beyond which an eigenvalue is drawn on the chart's edge, in its own direction, and
   * named in the tooltip and the note: an exploding run's |λ| reaches 1e10, and an axis that wide
   * shrinks the unit circle, the whole point of the chart, to a dot.
   */
  static final double EDGE = 3;

  private Spectra() {}

  /** One recurrent matrix: layer index {@code layer}, block index {@code block}, shown as name. */
  record Series(int layer, int block, String name) {}

  static List<Series> series(Probe probe) {
    var series = new ArrayList<Series>();
    var spectra = probe.eigenvalues();
    for (int l = 0; l < spectra.length; l++) {
      for (int b = 0; b < spectra[l].length; b++) {
        series.add(new Series(l, b, EigenvalueChart.Text.seriesName(l, spectra[l][b].block())));
      }
    }
    return series;
  }

  /**
   * The eigenvalues of one series as points (x = Re λ, y = Im λ) with their tooltip lines. A matrix
   * that holds NaN or Inf has no eigenvalues to draw; its non-finite ones are left out.
   */
  static List<LabelledPoint> points(Spectrum spectrum) {
    var points = new ArrayList<LabelledPoint>(spectrum.re().length);
    for (int i = 0; i < spectrum.re().length; i++) {
      double re = spectrum.re()[i];
      double im = spectrum.im()[i];
      if (Double.isFinite(re) && Double.isFinite(im)) {
        double modulus = Math.hypot(re, im);
        var label = EigenvalueChart.Text.tooltip(re, im, POWER);
        if (modulus > EDGE) {
          var onEdge = new ArrayList<>(label);
          onEdge.add(EigenvalueChart.Text.onEdge(EDGE));
          points.add(new LabelledPoint(re / modulus * EDGE, im / modulus * EDGE, onEdge));
        } else {
          points.add(new LabelledPoint(re, im, label));
        }
      }
    }
    return points;
  }

  /** The number of finite eigenvalues beyond {@link #EDGE}, which are drawn on the edge. */
  static int beyondEdge(Spectrum spectrum) {
    int count = 0;
    for (int i = 0; i < spectrum.re().length; i++) {
      double modulus = Math.hypot(spectrum.re()[i], spectrum.im()[i]);
      if (Double.isFinite(modulus) && modulus > EDGE) {
        count++;
      }
    }
    return count;
  }

  /** The number of eigenvalues of a spectrum that are not finite. */
  static int nonFinite(Spectrum spectrum) {
    int count = 0;
    for (int i = 0; i < spectrum.re().length; i++) {
      if (!Double.isFinite(spectrum.re()[i]) || !Double.isFinite(spectrum.im()[i])) {
        count++;
      }
    }
    return count;
  }

  /** The unit circle as a closed polyline of {@code n} segments, starting and ending at 1. */
  static List<LabelledPoint> unitCircle(int n) {
    var points = new ArrayList<LabelledPoint>(n + 1);
    for (int i = 0; i <= n; i++) {
      double angle = 2 * Math.PI * i / n;
      points.add(new LabelledPoint(Math.cos(angle), Math.sin(angle), null));
    }
    return points;
  }

  /** The spectral radius of each series in one probe, in {@link #series} order. */
  static double[] radii(Probe probe) {
    var radii = new ArrayList<Double>();
    for (double[] layer : probe.spectralRadius()) {
      for (double rho : layer) {
        radii.add(rho);
      }
    }
    return radii.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
