package gradflow.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * The LSTM's cell-state Jacobian split by path, as in the lesson note's derivation (Hochreiter and
 * Schmidhuber 1997; the forget gate of Gers, Schmidhuber and Cummins 2000). Since h_{t−1} = o_{t−1}
 * ⊙ tanh(c_{t−1}), c_{t−1} reaches c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t directly and through every gate
 * that reads h_{t−1}. Row vectors as in {@link LstmCell}: a gradient δc_t goes back as δc_t ·
 * ∂c_t/∂c_{t−1}. With k_{t−1} = o_{t−1} ⊙ (1 − tanh²(c_{t−1})):
 *
 * <pre>
 * (1) δc_t A_t = ((δc_t ⊙ c_{t−1} ⊙ f_t(1 − f_t)) W_h,fᵀ) ⊙ k_{t−1}    through f_t
 * (2) δc_t B_t = δc_t ⊙ f_t                                          direct (f_t = 1 without forget gate)
 * (3) δc_t C_t = ((δc_t ⊙ g_t ⊙ i_t(1 − i_t)) W_h,iᵀ) ⊙ k_{t−1}       through i_t
 * (4) δc_t D_t = ((δc_t ⊙ i_t ⊙ (1 − g_t²)) W_h,gᵀ) ⊙ k_{t−1}          through g_t: tanh′, not σ′
 * (5) ∂c_t/∂c_{t−1} = A_t + B_t + C_t + D_t
 * running products from the last step back, v_{T−1} = u_{T−1} = δc_{T−1} / ‖δc_{T−1}‖:
 * (6) v_{t−1} = v_t (A_t + B_t + C_t + D_t),   u_{t−1} = u_t B_t = u_t ⊙ f_t
 * </pre>
 *
 * A, C and D each carry a product of two activation derivatives (σ′ or tanh′, times tanh′ in k), so
 * they are small, and B_t = diag(f_t) carries none: the product over time is governed by f. Run
 * only on a probe's backward pass, beside the products that train, which it leaves untouched.
 */
final class LstmCellTerms {
  private final LstmCell cell;
  private final Kernels k;
  private final DMatrixRMaj through = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj fromH = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj keep = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj v = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj u = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj termA = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj termB = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj termC = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj termD = new DMatrixRMaj(1, 1);

  /** v_t as it was before this step's factor was applied, for (2) on it. */
  private double[] vBefore = new double[0];

  private double[] a;
  private double[] b;
  private double[] c;
  private double[] d;
  private double[] all;
  private double[] onlyB;

  LstmCellTerms(LstmCell cell) {
    this.cell = cell;
    this.k = cell.k;
  }

  /** Readies the workspaces and result arrays for a backward pass over T steps of B rows. */
  void start() {
    int B = cell.batch;
    int H = cell.hidden;
    int T = cell.steps;
    // Two stacks of B rows go through the gates together: δc_t for the terms, v_t for (6).
    Cell.fit(through, 2 * B, cell.gates * H);
    Cell.fit(fromH, 2 * B, H);
    for (DMatrixRMaj m : new DMatrixRMaj[] {keep, v, u, termA, termB, termC, termD}) {
      Cell.fit(m, B, H);
    }
    a = new double[T];
    b = new double[T];
    c = new double[T];
    d = new double[T];
    all = new double[T];
    onlyB = new double[T];
    all[T - 1] = 1;
    onlyB[T - 1] = 1;
  }

  /**
   * Measures step t, once backward has made δc_t complete: the four terms on δc_t, and one more
   * factor of the running products. Nothing to measure at t = 0.
   */
  void measure(int t) {
    int B = cell.batch;
    int H = cell.hidden;
    double[] dc = cell.dc().data;
    if (t == cell.steps - 1) {
      startProducts(dc, t * B * H);
    }
    if (t == 0) {
      return;
    }
    // rows [0, B) carry δc_t, rows [B, 2B) carry v_t: one product per gate serves both
    fillThrough(t, dc, t * B * H, 0);
    fillThrough(t, v.data, 0, B);
    keep(t - 1);
    throughGates(t, 2 * B);
    a[t] = meanRowNorm(termA.data, B, H);
    c[t] = meanRowNorm(termC.data, B, H);
    d[t] = meanRowNorm(termD.data, B, H);
    // (2) on δc_t, and on v_t into (6): v_{t−1} = v_t (A_t + B_t + C_t + D_t) = the gate paths' sum
    // (rows [B, 2B) of the products, left in v by throughGates) + v_t ⊙ f_t
    scaleByForget(t, dc, t * B * H, termB.data);
    b[t] = meanRowNorm(termB.data, B, H);
    scaleByForget(t, vBefore, 0, termB.data);
    double[] vd = v.data;
    for (int i = 0; i < B * H; i++) {
      vd[i] += termB.data[i];
    }
    scaleByForget(t, u.data, 0, u.data);
    all[t - 1] = meanRowNorm(vd, B, H);
    onlyB[t - 1] = meanRowNorm(u.data, B, H);
  }

  CellTerms result() {
    return new CellTerms(a, b, c, d, all, onlyB);
  }

  /**
   * (1)–(4) for every row of the (B x H) block δ at {@code off}: the four vectors δ A_t, δ B_t, δ
   * C_t, δ D_t (each B x H). Their sum is δ ∂c_t/∂c_{t−1}.
   */
  void split(
      int t, double[] delta, int off, double[] outA, double[] outB, double[] outC, double[] outD) {
    int n = cell.batch * cell.hidden;
    fillThrough(t, delta, off, 0);
    keep(t - 1);
    throughGates(t, cell.batch);
    System.arraycopy(termA.data, 0, outA, 0, n);
    scaleByForget(t, delta, off, outB);
    System.arraycopy(termC.data, 0, outC, 0, n);
    System.arraycopy(termD.data, 0, outD, 0, n);
  }

  /**
   * Rows [row0, row0 + B) of the gate gradients: each gate's pre-activation gradient for a cell
   * gradient δ (B x H at off), as backward's (6) computes it for δc_t.
   */
  private void fillThrough(int t, double[] delta, int off, int row0) {
    int B = cell.batch;
    int H = cell.hidden;
    int GH = cell.gates * H;
    double[] act = cell.act.data;
    double[] cs = cell.c.data;
    double[] e = through.data;
    int ao = t * B * GH;
    int prev = (t - 1) * B * H;
    for (int r = 0; r < B; r++) {
      int ar = ao + r * GH;
      int er = (row0 + r) * GH;
      int dr = off + r * H;
      for (int j = 0; j < H; j++) {
        double i = act[ar + cell.colI + j];
        double g = act[ar + cell.colG + j];
        e[er + cell.colI + j] = delta[dr + j] * g * i * (1.0 - i);
        e[er + cell.colG + j] = delta[dr + j] * i * (1.0 - g * g);
      }
      if (cell.forgetGate) {
        for (int j = 0; j < H; j++) {
          double f = act[ar + cell.colF + j];
          e[er + cell.colF + j] = delta[dr + j] * cs[prev + r * H + j] * f * (1.0 - f);
        }
      }
    }
  }

  /**
   * (1), (3), (4) for the first {@code rows} rows of the gate gradients: rows [0, B) into termA,
   * termC, termD; rows [B, 2B), when there, summed into v (after keeping v_t in vBefore).
   */
  private void throughGates(int t, int rows) {
    int B = cell.batch;
    int n = B * cell.hidden;
    boolean products = rows > B;
    if (products) {
      if (vBefore.length != n) {
        vBefore = new double[n];
      }
      System.arraycopy(v.data, 0, vBefore, 0, n);
      java.util.Arrays.fill(v.data, 0, n, 0.0);
    }
    if (cell.forgetGate) {
      throughGate(cell.colF, rows, termA.data);
    } else {
      java.util.Arrays.fill(termA.data, 0, n, 0.0);
    }
    throughGate(cell.colI, rows, termC.data);
    throughGate(cell.colG, rows, termD.data);
  }

  /**
   * ((e's gate block at col) W_h,gateᵀ) ⊙ k_{t−1} (rows x H)(H x H): the first B rows into out, the
   * next B (if any) added into v.
   */
  private void throughGate(int col, int rows, double[] out) {
    int B = cell.batch;
    int H = cell.hidden;
    int GH = cell.gates * H;
    k.mult(through.data, col, GH, cell.whT().data, col * H, H, fromH.data, 0, H, rows, H, H, false);
    double[] kd = keep.data;
    double[] fh = fromH.data;
    for (int i = 0; i < B * H; i++) {
      out[i] = fh[i] * kd[i];
    }
    if (rows > B) {
      double[] vd = v.data;
      for (int i = 0; i < B * H; i++) {
        vd[i] += fh[B * H + i] * kd[i];
      }
    }
  }

  /** k_s = o_s ⊙ (1 − tanh²(c_s)): how h_s = o_s ⊙ tanh(c_s) moves with c_s. */
  private void keep(int s) {
    int B = cell.batch;
    int H = cell.hidden;
    int GH = cell.gates * H;
    double[] act = cell.act.data;
    double[] tc = cell.tanhC().data;
    for (int r = 0; r < B; r++) {
      int ar = s * B * GH + r * GH + cell.colO;
      int sr = s * B * H + r * H;
      for (int j = 0; j < H; j++) {
        double th = tc[sr + j];
        keep.data[r * H + j] = act[ar + j] * (1.0 - th * th);
      }
    }
  }

  /** out = δ ⊙ f_t (δ itself for the 1997 cell, whose B_t = I). */
  private void scaleByForget(int t, double[] delta, int off, double[] out) {
    int B = cell.batch;
    int H = cell.hidden;
    int GH = cell.gates * H;
    double[] act = cell.act.data;
    for (int r = 0; r < B; r++) {
      int ar = t * B * GH + r * GH + cell.colF;
      for (int j = 0; j < H; j++) {
        double f = cell.forgetGate ? act[ar + j] : 1.0;
        out[r * H + j] = delta[off + r * H + j] * f;
      }
    }
  }

  /** v = u = δc_{T−1} row by row at length 1; a row with no gradient starts along (1, …, 1)/√H. */
  private void startProducts(double[] dc, int off) {
    int B = cell.batch;
    int H = cell.hidden;
    for (int r = 0; r < B; r++) {
      double s = 0;
      for (int j = 0; j < H; j++) {
        s += dc[off + r * H + j] * dc[off + r * H + j];
      }
      double norm = Math.sqrt(s);
      for (int j = 0; j < H; j++) {
        double x =
            norm > 0 && Double.isFinite(norm) ? dc[off + r * H + j] / norm : 1 / Math.sqrt(H);
        v.data[r * H + j] = x;
        u.data[r * H + j] = x;
      }
    }
  }

  /** The batch mean of the rows' L2 norms of the (rows x cols) matrix at the start of m. */
  private static double meanRowNorm(double[] m, int rows, int cols) {
    return ProbeRecorder.meanRowNorm(m, 0, rows, cols, 0, cols);
  }
}
