package gradflow.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the JDK Vector API. The products use a register-blocked micro-kernel: four
 * rows of C by four vectors of columns stay in registers while k runs, so each loaded vector of B
 * feeds four fused multiply-adds. Columns that do not fill a block fall back to single vectors,
 * then to scalars.
 */
final class VectorKernels implements Kernels {

  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  /**
   * C += A · B for one panel of B's rows, in strips of four vectors of columns: each strip of the
   * panel (k x 4L, 32 KB at k = {@link Kernels#KC} and 8 lanes) stays in the L1 cache while every
   * row of C runs over it, four rows at a time, so that B, the large operand in the recurrence (H x
   * G·H), is read from memory once per panel and not once per four rows. Columns that do not fill a
   * strip fall back to single vectors, then to scalars. Every element of C is the same chain of
   * fused multiply-adds over p in whichever block it falls, so the blocking does not change a bit.
   */
  @Override
  public void multAddPanel(Product product) {
    double[] a = product.a;
    double[] b = product.b;
    double[] c = product.c;
    int ars = product.ars;
    int acs = product.acs;
    int ldb = product.ldb;
    int ldc = product.ldc;
    int aOff = product.aOff;
    int bOff = product.bOff;
    int cOff = product.cOff;
    int m = product.m;
    int k = product.k;
    int n = product.n;
    int j = 0;
    for (; j + 4 * L <= n; j += 4 * L) {
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        int a0 = aOff + i * ars;
        int c0 = cOff + i * ldc + j;
        block4x4(
            a,
            a0,
            a0 + ars,
            a0 + 2 * ars,
            a0 + 3 * ars,
            acs,
            b,
            bOff + j,
            ldb,
            c,
            c0,
            c0 + ldc,
            c0 + 2 * ldc,
            c0 + 3 * ldc,
            k);
      }
      for (; i < m; i++) {
        block1x4(a, aOff + i * ars, acs, b, bOff + j, ldb, c, cOff + i * ldc + j, k);
      }
    }
    for (; j + L <= n; j += L) {
      for (int i = 0; i < m; i++) {
        int ai = aOff + i * ars;
        int ci = cOff + i * ldc + j;
        DoubleVector r = DoubleVector.fromArray(S, c, ci);
        for (int p = 0; p < k; p++) {
          r =
              DoubleVector.fromArray(S, b, bOff + p * ldb + j)
                  .fma(DoubleVector.broadcast(S, a[ai + p * acs]), r);
        }
        r.intoArray(c, ci);
      }
    }
    for (; j < n; j++) {
      for (int i = 0; i < m; i++) {
        int ai = aOff + i * ars;
        int ci = cOff + i * ldc + j;
        double s = c[ci];
        for (int p = 0; p < k; p++) {
          s = Math.fma(a[ai + p * acs], b[bOff + p * ldb + j], s);
        }
        c[ci] = s;
      }
    }
  }

  /**
   * One row of C by four vectors of columns: the rows of C left over from {@link #block4x4}, and
   * the products with a thin A (the input weights' gradient, m = in): four independent chains
   * instead of one, so that the fused multiply-adds overlap.
   */
  private static void block1x4(
      double[] a, int a0, int acs, double[] b, int bj, int ldb, double[] c, int c0, int k) {
    DoubleVector r0 = DoubleVector.fromArray(S, c, c0);
    DoubleVector r1 = DoubleVector.fromArray(S, c, c0 + L);
    DoubleVector r2 = DoubleVector.fromArray(S, c, c0 + 2 * L);
    DoubleVector r3 = DoubleVector.fromArray(S, c, c0 + 3 * L);
    for (int p = 0; p < k; p++) {
      int bp = bj + p * ldb;
      DoubleVector x = DoubleVector.broadcast(S, a[a0 + p * acs]);
      r0 = DoubleVector.fromArray(S, b, bp).fma(x, r0);
      r1 = DoubleVector.fromArray(S, b, bp + L).fma(x, r1);
      r2 = DoubleVector.fromArray(S, b, bp + 2 * L).fma(x, r2);
      r3 = DoubleVector.fromArray(S, b, bp + 3 * L).fma(x, r3);
    }
    r0.intoArray(c, c0);
    r1.intoArray(c, c0 + L);
    r2.intoArray(c, c0 + 2 * L);
    r3.intoArray(c, c0 + 3 * L);
  }

  private static void block4x4(
      double[] a,
      int a0,
      int a1,
      int a2,
      int a3,
      int acs,
      double[] b,
      int bj,
      int ldb,
      double[] c,
      int c0,
      int c1,
      int c2,
      int c3,
      int k) {
    DoubleVector r00 = DoubleVector.fromArray(S, c, c0);
    DoubleVector r01 = DoubleVector.fromArray(S, c, c0 + L);
    DoubleVector r02 = DoubleVector.fromArray(S, c, c0 + 2 * L);
    DoubleVector r03 = DoubleVector.fromArray(S, c, c0 + 3 * L);
    DoubleVector r10 = DoubleVector.fromArray(S, c, c1);
    DoubleVector r11 = DoubleVector.fromArray(S, c, c1 + L);
    DoubleVector r12 = DoubleVector.fromArray(S, c, c1 + 2 * L);
    DoubleVector r13 = DoubleVector.fromArray(S, c, c1 + 3 * L);
    DoubleVector r20 = DoubleVector.fromArray(S, c, c2);
    DoubleVector r21 = DoubleVector.fromArray(S, c, c2 + L);
    DoubleVector r22 = DoubleVector.fromArray(S, c, c2 + 2 * L);
    DoubleVector r23 = DoubleVector.fromArray(S, c, c2 + 3 * L);
    DoubleVector r30 = DoubleVector.fromArray(S, c, c3);
    DoubleVector r31 = DoubleVector.fromArray(S, c, c3 + L);
    DoubleVector r32 = DoubleVector.fromArray(S, c, c3 + 2 * L);
    DoubleVector r33 = DoubleVector.fromArray(S, c, c3 + 3 * L);
    for (int p = 0; p < k; p++) {
      int bp = bj + p * ldb;
      DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
      DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
      DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * L);
      DoubleVector b3 = DoubleVector.fromArray(S, b, bp + 3 * L);
      int ap = p * acs;
      DoubleVector x0 = DoubleVector.broadcast(S, a[a0 + ap]);
      DoubleVector x1 = DoubleVector.broadcast(S, a[a1 + ap]);
      DoubleVector x2 = DoubleVector.broadcast(S, a[a2 + ap]);
      DoubleVector x3 = DoubleVector.broadcast(S, a[a3 + ap]);
      r00 = b0.fma(x0, r00);
      r01 = b1.fma(x0, r01);
      r02 = b2.fma(x0, r02);
      r03 = b3.fma(x0, r03);
      r10 = b0.fma(x1, r10);
      r11 = b1.fma(x1, r11);
      r12 = b2.fma(x1, r12);
      r13 = b3.fma(x1, r13);
      r20 = b0.fma(x2, r20);
      r21 = b1.fma(x2, r21);
      r22 = b2.fma(x2, r22);
      r23 = b3.fma(x2, r23);
      r30 = b0.fma(x3, r30);
      r31 = b1.fma(x3, r31);
      r32 = b2.fma(x3, r32);
      r33 = b3.fma(x3, r33);
    }
    r00.intoArray(c, c0);
    r01.intoArray(c, c0 + L);
    r02.intoArray(c, c0 + 2 * L);
    r03.intoArray(c, c0 + 3 * L);
    r10.intoArray(c, c1);
    r11.intoArray(c, c1 + L);
    r12.intoArray(c, c1 + 2 * L);
    r13.intoArray(c, c1 + 3 * L);
    r20.intoArray(c, c2);
    r21.intoArray(c, c2 + L);
    r22.intoArray(c, c2 + 2 * L);
    r23.intoArray(c, c2 + 3 * L);
    r30.intoArray(c, c3);
    r31.intoArray(c, c3 + L);
    r32.intoArray(c, c3 + 2 * L);
    r33.intoArray(c, c3 + 3 * L);
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
