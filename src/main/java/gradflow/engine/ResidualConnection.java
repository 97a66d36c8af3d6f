package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Residual connection of He, Zhang, Ren and Sun 2016 ("Deep residual learning"), around any cell F:
 *
 * <pre>
 * (1) y_l = h_l + u_l P          h_l = F(u_l); P = I when sizes agree, a learned projection otherwise
 * backward:
 * (2) dh_l = dy_l
 * (3) du_l += dy_l Pᵀ,  dP = Σ u_lᵀ dy_l
 * </pre>
 *
 * The identity path in (3) carries dy to the layer below unchanged, whatever F's Jacobian does.
 */
final class ResidualConnection extends Connection {
  private final Param P;
  private final DMatrixRMaj PT;
  private final DMatrixRMaj y = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj dy = new DMatrixRMaj(1, 1);

  ResidualConnection(Kernels k, Cell cell, int inSize, InitScheme scheme, SplittableRandom rng) {
    super(k, cell, inSize);
    if (inSize != cell.hidden) {
      P = new Param("P", inSize, cell.hidden);
      Init.fill(P.value, 0, cell.hidden, scheme, rng);
      PT = new DMatrixRMaj(cell.hidden, inSize);
    } else {
      P = null;
      PT = null;
    }
  }

  /** Whether sizes differ, so that a learned P stands where the identity would. */
  boolean projects() {
    return P != null;
  }

  @Override
  List<Param> params() {
    return P == null ? List.of() : List.of(P);
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
    Cell.fit(y, rows, cell.hidden);
    Cell.fit(dy, rows, cell.hidden);
  }

  @Override
  void zeroGrads() {
    super.zeroGrads();
    zero(dy);
  }

  @Override
  void forward(DMatrixRMaj u) {
    int n = y.getNumElements();
    int H = cell.hidden;
    // (1) y = h + u P   (T·B x H)
    System.arraycopy(cell.h.data, 0, y.data, 0, n);
    if (P != null) {
      k.mult(u.data, 0, inSize, P.v(), 0, H, y.data, 0, H, y.numRows, inSize, H, true);
    } else {
      for (int i = 0; i < n; i++) {
        y.data[i] += u.data[i];
      }
    }
  }

  @Override
  void backward(DMatrixRMaj u, DMatrixRMaj du) {
    int n = dy.getNumElements();
    int H = cell.hidden;
    // (2) dh = dy
    System.arraycopy(dy.data, 0, cell.dh.data, 0, n);
    // (3) dP += uᵀ dy   (in x H)
    if (P != null) {
      k.multTransA(u.data, 0, inSize, dy.data, 0, H, P.g(), 0, H, inSize, dy.numRows, H);
    }
    // (3) du += dy Pᵀ   (T·B x in)
    if (du != null) {
      if (P != null) {
        CommonOps_DDRM.transpose(P.value, PT);
        k.mult(dy.data, 0, H, PT.data, 0, inSize, du.data, 0, inSize, dy.numRows, H, inSize, true);
      } else {
        for (int i = 0; i < n; i++) {
          du.data[i] += dy.data[i];
        }
      }
    }
  }
}
