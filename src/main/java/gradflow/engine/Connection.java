package gradflow.engine;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * How layer l of a stack takes its input u_l and gives its output y_l around its cell: the cell
 * maps u_l to h_l, the connection maps (u_l, h_l) to y_l. The default is the plain stack, u_l =
 * y_{l−1} (u_0 = x) and y_l = h_l.
 *
 * <p>Backward protocol, run top-down: {@link #dy} holds dL/dy_l (readout and layers above); {@link
 * #backward} writes the part that reaches h_l into the cell's dh and adds the skip paths into du;
 * the cell then adds its own path into du; {@link #scatter} hands du on to the layers below when
 * the input is a concatenation.
 */
abstract class Connection {
  final Kernels k;
  final Cell cell;
  final int inSize;

  Connection(Kernels k, Cell cell, int inSize) {
    this.k = k;
    this.cell = cell;
    this.inSize = inSize;
  }

  /** y_l stacked (T·B x H). */
  abstract DMatrixRMaj y();

  /** dL/dy_l stacked (T·B x H). */
  abstract DMatrixRMaj dy();

  List<Param> params() {
    return List.of();
  }

  void resize(int rows) {}

  DMatrixRMaj input(DMatrixRMaj x, Connection[] stack, int l) {
    return l == 0 ? x : stack[l - 1].y();
  }

  /** Where dL/du_l accumulates, or null when nobody needs it (the input x). */
  DMatrixRMaj inputGrad(Connection[] stack, int l) {
    return l == 0 ? null : stack[l - 1].dy();
  }

  /** Clears every gradient buffer this layer owns before a backward pass. */
  void zeroGrads() {
    java.util.Arrays.fill(cell.dh.data, 0, cell.dh.getNumElements(), 0.0);
  }

  void forward(DMatrixRMaj u) {}

  void backward(DMatrixRMaj u, DMatrixRMaj du) {}

  void scatter(Connection[] stack, int l) {}

  static void zero(DMatrixRMaj m) {
    java.util.Arrays.fill(m.data, 0, m.getNumElements(), 0.0);
  }
}
