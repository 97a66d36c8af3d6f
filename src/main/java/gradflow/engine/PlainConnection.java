package gradflow.engine;

import org.ejml.data.DMatrixRMaj;

/** The plain stack: u_l = y_{l−1}, y_l = h_l. Depth multiplies the Jacobians of every layer. */
final class PlainConnection extends Connection {

  PlainConnection(Kernels k, Cell cell, int inSize) {
    super(k, cell, inSize);
  }

  @Override
  DMatrixRMaj y() {
    return cell.h;
  }

  @Override
  DMatrixRMaj dy() {
    return cell.dh;
  }
}
