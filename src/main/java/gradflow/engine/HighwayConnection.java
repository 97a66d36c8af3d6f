package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Highway connection of Srivastava, Greff and Schmidhuber 2015 ("Training very deep networks"),
 * around any cell H, with transform gate T and carry 1 − T:
 *
 * <pre>
 * (1) T_l = σ(u_l WT + bT)                  (T·B x H), bT negative at init: the layer starts by carrying
 * (2) y_l = T_l ⊙ h_l + (1 − T_l) ⊙ u_l P   P = I when sizes agree, a learned projection otherwise
 * backward:
 * (3) dh_l = dy_l ⊙ T_l
 * (4) daT = dy_l ⊙ (h_l − u_l P) ⊙ T(1 − T),  dWT = Σ u_lᵀ daT,  dbT = Σ 1ᵀ daT
 * (5) du_l += daT WTᵀ + (dy_l ⊙ (1 − T_l)) Pᵀ,  dP = Σ u_lᵀ (dy_l ⊙ (1 − T_l))
 * </pre>
 */
final class HighwayConnection extends Connection {
  private final Param WT;
  private final Param bT;
  private final Param P;
  private final DMatrixRMaj WTt;
  private final DMatrixRMaj PT;
  private final DMatrixRMaj gate = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj carry = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj y = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj dy = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj daT = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj dCarry = new DMatrixRMaj(1, 1);

  HighwayConnection(
      Kernels k, Cell cell, int inSize, InitScheme scheme, double gateBias, SplittableRandom rng) {
    super(k, cell, inSize);
    int H = cell.hidden;
    WT = new Param("WT", inSize, H);
    bT = new Param("bT", 1, H);
    Init.fill(WT.value, 0, H, scheme, rng);
    java.util.Arrays.fill(bT.v(), gateBias);
    WTt = new DMatrixRMaj(H, inSize);
    if (inSize != H) {
      P = new Param("P", inSize, H);
      Init.fill(P.value, 0, H, scheme, rng);
      PT = new DMatrixRMaj(H, inSize);
    } else {
      P = null;
      PT = null;
    }
  }

  @Override
  List<Param> params() {
    return P == null ? List.of(WT, bT) : List.of(WT, bT, P);
  }

  @Override
  DMatrixRMaj y() {
    return y;
  }

  @Override
  DMatrixRMaj dy() {
    return dy;
  }

  @Override
  void resize(int rows) {
    int H = cell.hidden;
    for (DMatrixRMaj m : new DMatrixRMaj[] {gate, carry, y, dy, daT, dCarry}) {
      Cell.fit(m, rows, H);
    }
  }

  @Override
  void zeroGrads() {
    super.zeroGrads();
    zero(dy);
  }

  @Override
  void forward(DMatrixRMaj u) {
    int H = cell.hidden;
    int rows = y.numRows;
    int n = rows * H;
    // (1) T = σ(u WT + bT)   (T·B x H)
    Cell.fillRows(gate.data, 0, rows, H, bT.v());
    k.mult(u.data, 0, inSize, WT.v(), 0, H, gate.data, 0, H, rows, inSize, H, true);
    k.sigmoid(gate.data, 0, n);
    // (2) y = T ⊙ h + (1 − T) ⊙ u P
    DMatrixRMaj c = carried(u);
    double[] h = cell.h.data;
    for (int i = 0; i < n; i++) {
      double t = gate.data[i];
      y.data[i] = t * h[i] + (1.0 - t) * c.data[i];
    }
  }

  private DMatrixRMaj carried(DMatrixRMaj u) {
    if (P == null) {
      return u;
    }
    k.mult(
        u.data,
        0,
        inSize,
        P.v(),
        0,
        cell.hidden,
        carry.data,
        0,
        cell.hidden,
        y.numRows,
        inSize,
        cell.hidden,
        false);
    return carry;
  }

  @Override
  void backward(DMatrixRMaj u, DMatrixRMaj du) {
    int H = cell.hidden;
    int rows = y.numRows;
    int n = rows * H;
    DMatrixRMaj c = P == null ? u : carry;
    double[] h = cell.h.data;
    for (int i = 0; i < n; i++) {
      double t = gate.data[i];
      double d = dy.data[i];
      // (3) dh = dy ⊙ T
      cell.dh.data[i] = d * t;
      // (4) daT = dy ⊙ (h − carry) ⊙ T(1 − T)
      daT.data[i] = d * (h[i] - c.data[i]) * t * (1.0 - t);
      // (5) the carry's share dy ⊙ (1 − T)
      dCarry.data[i] = d * (1.0 - t);
    }
    // (4) dWT += uᵀ daT,  dbT += 1ᵀ daT
    k.multTransA(u.data, 0, inSize, daT.data, 0, H, WT.g(), 0, H, inSize, rows, H);
    k.addColumnSums(daT.data, 0, rows, H, bT.g());
    // (5) dP += uᵀ dCarry
    if (P != null) {
      k.multTransA(u.data, 0, inSize, dCarry.data, 0, H, P.g(), 0, H, inSize, rows, H);
    }
    if (du == null) {
      return;
    }
    // (5) du += daT WTᵀ + dCarry Pᵀ   (T·B x in)
    CommonOps_DDRM.transpose(WT.value, WTt);
    k.mult(daT.data, 0, H, WTt.data, 0, inSize, du.data, 0, inSize, rows, H, inSize, true);
    if (P != null) {
      CommonOps_DDRM.transpose(P.value, PT);
      k.mult(dCarry.data, 0, H, PT.data, 0, inSize, du.data, 0, inSize, rows, H, inSize, true);
    } else {
      for (int i = 0; i < n; i++) {
        du.data[i] += dCarry.data[i];
      }
    }
  }
}
