package gradflow.engine;

import java.util.SplittableRandom;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Initialisers of {@link InitScheme}, the spectral-radius rescale and the spectrum of a square
 * block.
 */
final class Init {
  private Init() {}

  /** Fills the block w[0..rows, col0..col0+cols) by the scheme; fan-in = rows, fan-out = cols. */
  static void fill(DMatrixRMaj w, int col0, int cols, InitScheme scheme, SplittableRandom rng) {
    int rows = w.numRows;
    switch (scheme) {
      case XAVIER -> {
        double a = Math.sqrt(6.0 / (rows + cols));
        forEach(w, col0, cols, (r, c) -> rng.nextDouble(-a, a));
      }
      case HE -> {
        double s = Math.sqrt(2.0 / rows);
        forEach(w, col0, cols, (r, c) -> s * rng.nextGaussian());
      }
      case NORMAL -> {
        double s = Math.sqrt(1.0 / rows);
        forEach(w, col0, cols, (r, c) -> s * rng.nextGaussian());
      }
      case IDENTITY -> forEach(w, col0, cols, (r, c) -> r == c ? 1.0 : 0.0);
      case ORTHOGONAL -> {
        int n = Math.max(rows, cols);
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        for (int i = 0; i < g.data.length; i++) {
          g.data[i] = rng.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        if (!qr.decompose(g)) {
          throw new IllegalStateException("QR decomposition failed");
        }
        DMatrixRMaj q = qr.getQ(null, false);
        DMatrixRMaj rr = qr.getR(null, false);
        forEach(w, col0, cols, (r, c) -> q.get(r, c) * Math.signum(rr.get(c, c)));
      }
    }
  }

  private interface Entry {
    double at(int r, int c);
  }

  private static void forEach(DMatrixRMaj w, int col0, int cols, Entry e) {
    for (int r = 0; r < w.numRows; r++) {
      for (int c = 0; c < cols; c++) {
        w.set(r, col0 + c, e.at(r, c));
      }
    }
  }

  /** The square block w[0..n, col0..col0+n) as its own matrix. */
  static DMatrixRMaj block(DMatrixRMaj w, int col0, int n) {
    DMatrixRMaj out = new DMatrixRMaj(n, n);
    CommonOps_DDRM.extract(w, 0, n, col0, col0 + n, out, 0, 0);
    return out;
  }

  /** Scales the square block so that its spectral radius becomes rho. */
  static void rescale(DMatrixRMaj w, int col0, int n, double rho) {
    double current = spectrum(w, col0, n).radius();
    if (!(current > 0)) {
      throw new IllegalArgumentException(
          "init.spectralRadius cannot rescale a recurrent matrix whose "
              + "eigenvalues are all zero");
    }
    double s = rho / current;
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        w.set(r, col0 + c, w.get(r, col0 + c) * s);
      }
    }
  }

  /**
   * The eigenvalues of the square block (EJML's eigen decomposition); NaN radius if it cannot be
   * computed.
   */
  static Spectrum spectrum(DMatrixRMaj w, int col0, int n) {
    return spectrum("Wh", w, col0, n);
  }

  static Spectrum spectrum(String name, DMatrixRMaj w, int col0, int n) {
    DMatrixRMaj a = block(w, col0, n);
    for (double v : a.data) {
      if (!Double.isFinite(v)) {
        return new Spectrum(name, Double.NaN, new double[0], new double[0]);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
    if (!eig.decompose(a)) {
      return new Spectrum(name, Double.NaN, new double[0], new double[0]);
    }
    double[] re = new double[n];
    double[] im = new double[n];
    double radius = 0;
    for (int i = 0; i < n; i++) {
      Complex_F64 z = eig.getEigenvalue(i);
      re[i] = z.real;
      im[i] = z.imaginary;
      radius = Math.max(radius, Math.hypot(z.real, z.imaginary));
    }
    return new Spectrum(name, radius, re, im);
  }
}
