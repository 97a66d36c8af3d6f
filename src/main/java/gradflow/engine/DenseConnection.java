package gradflow.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Dense connectivity of Huang, Liu, van der Maaten and Weinberger 2017 ("Densely connected
 * convolutional networks"): each layer sees the concatenation of the input and every earlier
 * layer's output.
 *
 * <pre>
 * (1) u_l = [x, h_0, …, h_{l−1}]        (T·B x (n_x + Σ_{k<l} H_k))
 * (2) y_l = h_l
 * backward:
 * (3) dh_k += du_l[:, block k]  for every k < l
 * </pre>
 *
 * By (3) the first layer's h receives a gradient straight from every later layer, with no product
 * of Jacobians in between.
 */
final class DenseConnection extends Connection {
  private final DMatrixRMaj u = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj du = new DMatrixRMaj(1, 1);
  private final int xSize;

  DenseConnection(Kernels k, Cell cell, int inSize, int xSize) {
    super(k, cell, inSize);
    this.xSize = xSize;
  }

  @Override
  DMatrixRMaj y() {
    return cell.h;
  }

  @Override
  DMatrixRMaj dy() {
    return cell.dh;
  }

  @Override
  void resize(int rows) {
    Cell.fit(u, rows, inSize);
    Cell.fit(du, rows, inSize);
  }

  @Override
  DMatrixRMaj input(DMatrixRMaj x, Connection[] stack, int l) {
    if (l == 0) {
      return x;
    }
    // (1) u_l = [x, h_0, …, h_{l−1}], row by row
    int rows = u.numRows;
    for (int r = 0; r < rows; r++) {
      System.arraycopy(x.data, r * xSize, u.data, r * inSize, xSize);
      int col = xSize;
      for (int q = 0; q < l; q++) {
        int w = stack[q].cell.hidden;
        System.arraycopy(stack[q].cell.h.data, r * w, u.data, r * inSize + col, w);
        col += w;
      }
    }
    return u;
  }

  @Override
  DMatrixRMaj inputGrad(Connection[] stack, int l) {
    if (l == 0) {
      return null;
    }
    zero(du);
    return du;
  }

  @Override
  void scatter(Connection[] stack, int l) {
    if (l == 0) {
      return;
    }
    // (3) dh_q += du_l[:, block q]; the block of x is dropped
    int rows = du.numRows;
    for (int r = 0; r < rows; r++) {
      int col = xSize;
      for (int q = 0; q < l; q++) {
        int w = stack[q].cell.hidden;
        double[] dhq = stack[q].cell.dh.data;
        int src = r * inSize + col;
        int dst = r * w;
        for (int j = 0; j < w; j++) {
          dhq[dst + j] += du.data[src + j];
        }
        col += w;
      }
    }
  }
}
