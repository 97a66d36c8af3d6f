package gradflow.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * C += A · B for one panel of a {@link Product} (k ≤ {@link Kernels#KC}) on the JDK Vector API:
 * {@link VectorKernels}' product.
 *
 * <pre>
 * (1) B is cut into strips of four vectors of columns (k x 4L, 32 KB at k = KC and 8 lanes); every
 *     row block of C runs over one strip while it is in the L1 cache, so that B, the large operand
 *     of the recurrence (H x G·H, 2 MB for an LSTM at H256), is read from memory once per panel
 * (2) large products first copy A's rows, four at a time, p-major (A[i..i+3][p] side by side), and
 *     each strip of B contiguously: B's rows lie 8 KB apart at H256, and an unpacked strip's rows
 *     would share a few cache sets and evict each other
 * (3) micro-kernel: four rows of C by four vectors stay in registers while p runs; per p, four
 *     vectors of B and four broadcasts of A feed sixteen fused multiply-adds
 * </pre>
 *
 * Rows below a block of four, and thin products (m &lt; 4: the input weights' gradient), run one
 * row by four vectors; columns that do not fill a strip fall back to single vectors, then scalars.
 * At H256 packing makes h_{t−1} Wh and dWh about a quarter faster; the smaller per-step products
 * (batch 32 by up to 256 columns, as at H64) ran slower with it, so only products with many columns
 * or rows pack.
 *
 * <p>Every element of C is one chain of fused multiply-adds over p in order, whichever block it
 * falls in, so the blocking and packing change no bit.
 */
final class VectorProduct {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  /** Strip width (1): four vectors of columns. */
  private static final int W = 4 * L;

  /** Rows of A packed at a time (2): at most MC x KC doubles, 256 KB, stay in L2. */
  private static final int MC = 256;

  /**
   * Products pack when C has at least this many columns (B's rows are then ≥ 4 KB apart, and a
   * strip's rows fall into few cache sets) ...
   */
  private static final int PACK_N = 512;

  /**
   * ... or at least this many rows (each packed strip then serves 32 row blocks or more). Smaller
   * products, such as the per-step ones at H64, run faster unpacked: the copies cost more than they
   * save.
   */
  private static final int PACK_M = 128;

  private VectorProduct() {}

  static void multAddPanel(Product p) {
    int m = p.m;
    int k = p.k;
    int strips = p.n / W;
    int m4 = strips > 0 ? m & ~3 : 0;
    boolean pack = m4 > 0 && (p.n >= PACK_N || m >= PACK_M);
    // The operands the micro-kernel reads: the packed copies (2), or A and B themselves.
    double[] a = pack ? p.packedA(Math.min(MC, m4) * k) : p.a;
    int ars = pack ? 1 : p.ars;
    int acs = pack ? 4 : p.acs;
    double[] b = pack ? p.packedB(k * W) : p.b;
    int ldb = pack ? W : p.ldb;
    for (int i0 = 0; i0 < m4; i0 += MC) {
      int mc = Math.min(MC, m4 - i0);
      if (pack) {
        // (2) rows i0 .. i0 + mc of A
        packA(p, i0, mc, a);
      }
      for (int s = 0; s < strips; s++) {
        int j = s * W;
        if (pack) {
          // (2) strip s of B
          packB(p, j, b);
        }
        int bj = pack ? 0 : p.bOff + j;
        // (1), (3) every row block of C over the strip
        for (int i = 0; i < mc; i += 4) {
          int a0 = pack ? i * k : p.aOff + (i0 + i) * ars;
          int c0 = p.cOff + (i0 + i) * p.ldc + j;
          block4x4(a, a0, ars, acs, b, bj, ldb, p.c, c0, p.ldc, k);
        }
      }
    }
    for (int s = 0; s < strips; s++) {
      for (int i = m4; i < m; i++) {
        block1x4(p, i, s * W);
      }
    }
    tailColumns(p, strips * W);
  }

  /** (2) pb[q·W ..] = B[q][j .. j + W) for the panel's rows q. */
  private static void packB(Product p, int j, double[] pb) {
    for (int q = 0; q < p.k; q++) {
      int bq = p.bOff + q * p.ldb + j;
      int o = q * W;
      DoubleVector.fromArray(S, p.b, bq).intoArray(pb, o);
      DoubleVector.fromArray(S, p.b, bq + L).intoArray(pb, o + L);
      DoubleVector.fromArray(S, p.b, bq + 2 * L).intoArray(pb, o + 2 * L);
      DoubleVector.fromArray(S, p.b, bq + 3 * L).intoArray(pb, o + 3 * L);
    }
  }

  /**
   * (2) pa[i·k + 4p + r] = A[i0 + i + r][p] for the row blocks i = 0, 4, .. of rows [i0, i0+mc).
   */
  private static void packA(Product p, int i0, int mc, double[] pa) {
    int k = p.k;
    for (int i = 0; i < mc; i += 4) {
      int a0 = p.aOff + (i0 + i) * p.ars;
      int o = i * k;
      for (int q = 0; q < k; q++) {
        int aq = a0 + q * p.acs;
        pa[o + 4 * q] = p.a[aq];
        pa[o + 4 * q + 1] = p.a[aq + p.ars];
        pa[o + 4 * q + 2] = p.a[aq + 2 * p.ars];
        pa[o + 4 * q + 3] = p.a[aq + 3 * p.ars];
      }
    }
  }

  /**
   * (3) C[4 rows from c0][4 vectors] += A[4 rows from a0] · B[k rows][4 vectors from bj], A read
   * with strides ars and acs.
   */
  private static void block4x4(
      double[] a,
      int a0,
      int ars,
      int acs,
      double[] b,
      int bj,
      int ldb,
      double[] c,
      int c0,
      int ldc,
      int k) {
    int c1 = c0 + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
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
    for (int q = 0; q < k; q++) {
      int bq = bj + q * ldb;
      DoubleVector b0 = DoubleVector.fromArray(S, b, bq);
      DoubleVector b1 = DoubleVector.fromArray(S, b, bq + L);
      DoubleVector b2 = DoubleVector.fromArray(S, b, bq + 2 * L);
      DoubleVector b3 = DoubleVector.fromArray(S, b, bq + 3 * L);
      int aq = a0 + q * acs;
      DoubleVector x0 = DoubleVector.broadcast(S, a[aq]);
      DoubleVector x1 = DoubleVector.broadcast(S, a[aq + ars]);
      DoubleVector x2 = DoubleVector.broadcast(S, a[aq + 2 * ars]);
      DoubleVector x3 = DoubleVector.broadcast(S, a[aq + 3 * ars]);
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

  /**
   * Row i of C by the four vectors of columns from j, unpacked: four independent chains, so that
   * the fused multiply-adds overlap even for a single row.
   */
  private static void block1x4(Product p, int i, int j) {
    double[] a = p.a;
    double[] b = p.b;
    double[] c = p.c;
    int ai = p.aOff + i * p.ars;
    int acs = p.acs;
    int bj = p.bOff + j;
    int ldb = p.ldb;
    int c0 = p.cOff + i * p.ldc + j;
    DoubleVector r0 = DoubleVector.fromArray(S, c, c0);
    DoubleVector r1 = DoubleVector.fromArray(S, c, c0 + L);
    DoubleVector r2 = DoubleVector.fromArray(S, c, c0 + 2 * L);
    DoubleVector r3 = DoubleVector.fromArray(S, c, c0 + 3 * L);
    for (int q = 0; q < p.k; q++) {
      int bq = bj + q * ldb;
      DoubleVector x = DoubleVector.broadcast(S, a[ai + q * acs]);
      r0 = DoubleVector.fromArray(S, b, bq).fma(x, r0);
      r1 = DoubleVector.fromArray(S, b, bq + L).fma(x, r1);
      r2 = DoubleVector.fromArray(S, b, bq + 2 * L).fma(x, r2);
      r3 = DoubleVector.fromArray(S, b, bq + 3 * L).fma(x, r3);
    }
    r0.intoArray(c, c0);
    r1.intoArray(c, c0 + L);
    r2.intoArray(c, c0 + 2 * L);
    r3.intoArray(c, c0 + 3 * L);
  }

  /**
   * Columns [j0, n) that do not fill a strip: four rows at a time (four independent chains, so that
   * the fused multiply-adds overlap in the thin products of the dense stack and the readout), by
   * single vectors, then by scalars; then the rows left over, one at a time.
   */
  private static void tailColumns(Product p, int j0) {
    double[] a = p.a;
    double[] b = p.b;
    double[] c = p.c;
    int ars = p.ars;
    int acs = p.acs;
    int ldb = p.ldb;
    int ldc = p.ldc;
    int k = p.k;
    int n = p.n;
    int i = 0;
    for (; i + 4 <= p.m; i += 4) {
      int a0 = p.aOff + i * ars;
      int c0 = p.cOff + i * ldc;
      int j = j0;
      // Two vectors of columns at once: eight independent chains keep both FMA units busy, where
      // four (one vector) wait on the FMA latency; a stack of 16-unit layers is all tail.
      for (; j + 2 * L <= n; j += 2 * L) {
        DoubleVector r0 = DoubleVector.fromArray(S, c, c0 + j);
        DoubleVector r1 = DoubleVector.fromArray(S, c, c0 + ldc + j);
        DoubleVector r2 = DoubleVector.fromArray(S, c, c0 + 2 * ldc + j);
        DoubleVector r3 = DoubleVector.fromArray(S, c, c0 + 3 * ldc + j);
        DoubleVector u0 = DoubleVector.fromArray(S, c, c0 + j + L);
        DoubleVector u1 = DoubleVector.fromArray(S, c, c0 + ldc + j + L);
        DoubleVector u2 = DoubleVector.fromArray(S, c, c0 + 2 * ldc + j + L);
        DoubleVector u3 = DoubleVector.fromArray(S, c, c0 + 3 * ldc + j + L);
        for (int q = 0; q < k; q++) {
          DoubleVector bv = DoubleVector.fromArray(S, b, p.bOff + q * ldb + j);
          DoubleVector bw = DoubleVector.fromArray(S, b, p.bOff + q * ldb + j + L);
          int aq = a0 + q * acs;
          DoubleVector x0 = DoubleVector.broadcast(S, a[aq]);
          DoubleVector x1 = DoubleVector.broadcast(S, a[aq + ars]);
          DoubleVector x2 = DoubleVector.broadcast(S, a[aq + 2 * ars]);
          DoubleVector x3 = DoubleVector.broadcast(S, a[aq + 3 * ars]);
          r0 = bv.fma(x0, r0);
          r1 = bv.fma(x1, r1);
          r2 = bv.fma(x2, r2);
          r3 = bv.fma(x3, r3);
          u0 = bw.fma(x0, u0);
          u1 = bw.fma(x1, u1);
          u2 = bw.fma(x2, u2);
          u3 = bw.fma(x3, u3);
        }
        r0.intoArray(c, c0 + j);
        r1.intoArray(c, c0 + ldc + j);
        r2.intoArray(c, c0 + 2 * ldc + j);
        r3.intoArray(c, c0 + 3 * ldc + j);
        u0.intoArray(c, c0 + j + L);
        u1.intoArray(c, c0 + ldc + j + L);
        u2.intoArray(c, c0 + 2 * ldc + j + L);
        u3.intoArray(c, c0 + 3 * ldc + j + L);
      }
      for (; j + L <= n; j += L) {
        DoubleVector r0 = DoubleVector.fromArray(S, c, c0 + j);
        DoubleVector r1 = DoubleVector.fromArray(S, c, c0 + ldc + j);
        DoubleVector r2 = DoubleVector.fromArray(S, c, c0 + 2 * ldc + j);
        DoubleVector r3 = DoubleVector.fromArray(S, c, c0 + 3 * ldc + j);
        for (int q = 0; q < k; q++) {
          DoubleVector bv = DoubleVector.fromArray(S, b, p.bOff + q * ldb + j);
          int aq = a0 + q * acs;
          r0 = bv.fma(DoubleVector.broadcast(S, a[aq]), r0);
          r1 = bv.fma(DoubleVector.broadcast(S, a[aq + ars]), r1);
          r2 = bv.fma(DoubleVector.broadcast(S, a[aq + 2 * ars]), r2);
          r3 = bv.fma(DoubleVector.broadcast(S, a[aq + 3 * ars]), r3);
        }
        r0.intoArray(c, c0 + j);
        r1.intoArray(c, c0 + ldc + j);
        r2.intoArray(c, c0 + 2 * ldc + j);
        r3.intoArray(c, c0 + 3 * ldc + j);
      }
      for (; j < n; j++) {
        double s0 = c[c0 + j];
        double s1 = c[c0 + ldc + j];
        double s2 = c[c0 + 2 * ldc + j];
        double s3 = c[c0 + 3 * ldc + j];
        for (int q = 0; q < k; q++) {
          double bqj = b[p.bOff + q * ldb + j];
          int aq = a0 + q * acs;
          s0 = Math.fma(a[aq], bqj, s0);
          s1 = Math.fma(a[aq + ars], bqj, s1);
          s2 = Math.fma(a[aq + 2 * ars], bqj, s2);
          s3 = Math.fma(a[aq + 3 * ars], bqj, s3);
        }
        c[c0 + j] = s0;
        c[c0 + ldc + j] = s1;
        c[c0 + 2 * ldc + j] = s2;
        c[c0 + 3 * ldc + j] = s3;
      }
    }
    for (; i < p.m; i++) {
      int ai = p.aOff + i * ars;
      int ci = p.cOff + i * ldc;
      int j = j0;
      for (; j + L <= n; j += L) {
        DoubleVector r = DoubleVector.fromArray(S, c, ci + j);
        for (int q = 0; q < k; q++) {
          r =
              DoubleVector.fromArray(S, b, p.bOff + q * ldb + j)
                  .fma(DoubleVector.broadcast(S, a[ai + q * acs]), r);
        }
        r.intoArray(c, ci + j);
      }
      for (; j < n; j++) {
        double s = c[ci + j];
        for (int q = 0; q < k; q++) {
          s = Math.fma(a[ai + q * acs], b[p.bOff + q * ldb + j], s);
        }
        c[ci + j] = s;
      }
    }
  }
}
