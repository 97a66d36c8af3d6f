package gradflow.engine;

import org.ejml.data.DMatrixRMaj;

/** A trainable matrix and its gradient, same shape. */
final class Param {
  final String name;
  final DMatrixRMaj value;
  final DMatrixRMaj grad;

  Param(String name, int rows, int cols) {
    this.name = name;
    this.value = new DMatrixRMaj(rows, cols);
    this.grad = new DMatrixRMaj(rows, cols);
  }

  double[] v() {
    return value.data;
  }

  double[] g() {
    return grad.data;
  }

  int size() {
    return value.getNumElements();
  }

  /** The L2 norm of the gradients of all these parameters together. */
  static double gradNorm(Iterable<Param> params) {
    double s = 0;
    for (Param p : params) {
      for (double g : p.g()) {
        s += g * g;
      }
    }
    return Math.sqrt(s);
  }

  @Override
  public String toString() {
    return name + " (" + value.numRows + " x " + value.numCols + ")";
  }
}
