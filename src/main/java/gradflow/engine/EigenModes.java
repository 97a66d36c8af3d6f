package gradflow.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;

/**
 * The lesson note's eigen-expansion of the gradient (Pascanu, Mikolov and Bengio 2013, sec. 2.1):
 * back through a linear RNN, dL/dh_{t−1}ᵀ = W_h dL/dh_tᵀ (row convention h_t = h_{t−1} W_h + …), so
 * with the last step's gradient written in W_h's eigenvectors,
 *
 * <pre>
 * (1) x = δh_{T−1}ᵀ = Σ_i c_i q_i                W_h q_i = λ_i q_i, ‖q_i‖ = 1
 * (2) c_i = (p_iᵀ x) / (p_iᵀ q_i)                W_hᵀ p_i = λ_i p_i (a left eigenvector; no conjugate)
 * (3) δh_{T−1−ℓ}ᵀ = W_hˡ x = Σ_i c_i λ_iˡ q_i     each mode shrinks or grows at its own rate |λ_i|
 * </pre>
 *
 * The eigenvectors come from inverse iteration on W_h − μI with μ next to λ_i, in complex
 * arithmetic (EJML gives eigenvectors of real eigenvalues only). Run on a probe, off the step.
 */
final class EigenModes {
  private EigenModes() {}

  /** Inverse-iteration sweeps: each one multiplies the other modes' share by about 1e-8. */
  private static final int SWEEPS = 3;

  /** The modes of the batch mean of the (T·B x H) gradient dh, for the largest {@code count}. */
  static GradientModes of(
      DMatrixRMaj wh, Spectrum spectrum, DMatrixRMaj dh, int steps, int batch, int count) {
    int H = wh.numRows;
    double[] measured = new double[steps];
    double[][] means = new double[steps][];
    for (int l = 0; l < steps; l++) {
      means[l] = batchMean(dh, steps - 1 - l, batch);
      measured[l] = norm(means[l]);
    }
    double[] x = means[0];
    List<Integer> chosen = largest(spectrum, count);
    double[] re = new double[chosen.size()];
    double[] im = new double[chosen.size()];
    double[] coefficient = new double[chosen.size()];
    for (int m = 0; m < chosen.size(); m++) {
      int i = chosen.get(m);
      re[m] = spectrum.re()[i];
      im[m] = Math.abs(spectrum.im()[i]);
      double[][] c = coefficient(wh, re[m], im[m], x);
      coefficient[m] = c == null ? Double.NaN : Math.hypot(c[0][0], c[0][1]);
    }
    return new GradientModes(re, im, coefficient, measured);
  }

  /**
   * (1)–(2) for one eigenvalue λ = re + i·im: {c_i, q_i} as {{re, im}, q re[H], q im[H]}, or null
   * when the eigenvector cannot be told apart (p_iᵀ q_i ≈ 0: a defective eigenvalue).
   */
  static double[][] coefficient(DMatrixRMaj wh, double re, double im, double[] x) {
    int H = wh.numRows;
    ZMatrixRMaj q = eigenvector(wh, false, re, im);
    ZMatrixRMaj p = eigenvector(wh, true, re, im);
    // (2) c = (pᵀ x) / (pᵀ q), bilinear
    double px0 = 0, px1 = 0, pq0 = 0, pq1 = 0;
    for (int j = 0; j < H; j++) {
      double pr = p.getReal(j, 0), pi = p.getImag(j, 0);
      double qr = q.getReal(j, 0), qi = q.getImag(j, 0);
      px0 += pr * x[j];
      px1 += pi * x[j];
      pq0 += pr * qr - pi * qi;
      pq1 += pr * qi + pi * qr;
    }
    double den = pq0 * pq0 + pq1 * pq1;
    if (!(den > 1e-24)) {
      return null;
    }
    double c0 = (px0 * pq0 + px1 * pq1) / den;
    double c1 = (px1 * pq0 - px0 * pq1) / den;
    double[] qRe = new double[H];
    double[] qIm = new double[H];
    for (int j = 0; j < H; j++) {
      qRe[j] = q.getReal(j, 0);
      qIm[j] = q.getImag(j, 0);
    }
    return new double[][] {{c0, c1}, qRe, qIm};
  }

  /** A unit eigenvector of W_h (or of W_hᵀ) for λ, by inverse iteration with a shift beside λ. */
  static ZMatrixRMaj eigenvector(DMatrixRMaj wh, boolean transposed, double re, double im) {
    int H = wh.numRows;
    double shift = 1e-9 * (1 + Math.hypot(re, im));
    ZMatrixRMaj a = new ZMatrixRMaj(H, H);
    for (int r = 0; r < H; r++) {
      for (int c = 0; c < H; c++) {
        double w = transposed ? wh.get(c, r) : wh.get(r, c);
        a.set(r, c, r == c ? w - re - shift : w, r == c ? -im : 0);
      }
    }
    var solver = LinearSolverFactory_ZDRM.lu(H);
    ZMatrixRMaj y = new ZMatrixRMaj(H, 1);
    ZMatrixRMaj z = new ZMatrixRMaj(H, 1);
    // A start with a share of every eigenvector, whatever the matrix.
    for (int j = 0; j < H; j++) {
      y.set(j, 0, 1.0 + 0.37 * Math.sin(j + 1.0), 0.21 * Math.cos(3.0 * j));
    }
    if (!solver.setA(a)) {
      return unit(y);
    }
    for (int s = 0; s < SWEEPS; s++) {
      solver.solve(unit(y), z);
      ZMatrixRMaj swap = y;
      y = z;
      z = swap;
    }
    return unit(y);
  }

  private static ZMatrixRMaj unit(ZMatrixRMaj y) {
    double s = 0;
    for (int j = 0; j < y.numRows; j++) {
      s += y.getReal(j, 0) * y.getReal(j, 0) + y.getImag(j, 0) * y.getImag(j, 0);
    }
    double n = Math.sqrt(s);
    if (n > 0 && Double.isFinite(n)) {
      for (int j = 0; j < y.numRows; j++) {
        y.set(j, 0, y.getReal(j, 0) / n, y.getImag(j, 0) / n);
      }
    }
    return y;
  }

  /** The eigenvalues with im ≥ 0 (one of each conjugate pair), largest modulus first. */
  static List<Integer> largest(Spectrum s, int count) {
    var idx = new ArrayList<Integer>();
    for (int i = 0; i < s.re().length; i++) {
      if (s.im()[i] >= 0) {
        idx.add(i);
      }
    }
    idx.sort(Comparator.comparingDouble(i -> -Math.hypot(s.re()[i], s.im()[i])));
    return idx.subList(0, Math.min(count, idx.size()));
  }

  private static double[] batchMean(DMatrixRMaj m, int t, int batch) {
    int n = m.numCols;
    double[] out = new double[n];
    for (int r = 0; r < batch; r++) {
      int o = (t * batch + r) * n;
      for (int j = 0; j < n; j++) {
        out[j] += m.data[o + j] / batch;
      }
    }
    return out;
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
