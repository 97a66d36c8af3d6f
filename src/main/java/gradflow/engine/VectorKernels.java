package gradflow.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the JDK Vector API. The products are {@link VectorProduct}'s: in strips that
 * stay in cache, packed when large, with a register-blocked micro-kernel (four rows of C by four
 * vectors of columns).
 */
final class VectorKernels implements Kernels {

  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  /** C += A · B for one panel of B's rows: {@link VectorProduct}. */
  @Override
  public void multAddPanel(Product product) {
    VectorProduct.multAddPanel(product);
  }

  @Override
  public void addColumnSums(double[] src, int off, int rows, int cols, double[] dst) {
    int j = 0;
    for (; j + 2 * L <= cols; j += 2 * L) {
      DoubleVector s0 = DoubleVector.fromArray(S, dst, j);
      DoubleVector s1 = DoubleVector.fromArray(S, dst, j + L);
      for (int r = 0; r < rows; r++) {
        int o = off + r * cols + j;
        s0 = s0.add(DoubleVector.fromArray(S, src, o));
        s1 = s1.add(DoubleVector.fromArray(S, src, o + L));
      }
      s0.intoArray(dst, j);
      s1.intoArray(dst, j + L);
    }
    for (; j < cols; j++) {
      double s = dst[j];
      for (int r = 0; r < rows; r++) {
        s += src[off + r * cols + j];
      }
      dst[j] = s;
    }
  }

  @Override
  public void sigmoid(double[] x, int off, int len) {
    int i = off;
    int end = off + len;
    for (; i + L <= end; i += L) {
      DoubleVector v = DoubleVector.fromArray(S, x, i);
      DoubleVector.broadcast(S, 1.0).div(exp(v.neg()).add(1.0)).intoArray(x, i);
    }
    for (; i < end; i++) {
      x[i] = 1.0 / (1.0 + Exp.exp(-x[i]));
    }
  }

  @Override
  public void tanh(double[] x, int off, int len) {
    int i = off;
    int end = off + len;
    for (; i + L <= end; i += L) {
      // tanh(x) = 2σ(2x) − 1: one exp instead of a library tanh; the absolute error stays within
      // a few ulps of 1
      DoubleVector e = exp(DoubleVector.fromArray(S, x, i).mul(-2.0)).add(1.0);
      DoubleVector.broadcast(S, 2.0).div(e).sub(1.0).intoArray(x, i);
    }
    for (; i < end; i++) {
      x[i] = ScalarKernels.tanh(x[i]);
    }
  }

  /** {@link Exp#exp} lane by lane, with the same operations in the same order. */
  private static DoubleVector exp(DoubleVector x) {
    DoubleVector clamped = x.max(Exp.MIN).min(Exp.MAX);
    // (1)
    DoubleVector k = clamped.mul(Exp.LOG2E).add(Exp.ROUNDER).sub(Exp.ROUNDER);
    DoubleVector r = k.neg().fma(DoubleVector.broadcast(S, Exp.LN2_HI), clamped);
    r = k.neg().fma(DoubleVector.broadcast(S, Exp.LN2_LO), r);
    // (2)
    DoubleVector p = DoubleVector.broadcast(S, Exp.TAYLOR[0]);
    for (int n = 1; n < Exp.TAYLOR.length; n++) {
      p = p.fma(r, DoubleVector.broadcast(S, Exp.TAYLOR[n]));
    }
    // (3)
    DoubleVector twoToK =
        ((LongVector) k.convert(VectorOperators.D2L, 0))
            .add(1023)
            .lanewise(VectorOperators.LSHL, 52)
            .reinterpretAsDoubles();
    // A NaN input gives NaN here too: the polynomial of NaN is NaN.
    return p.mul(twoToK);
  }
}
