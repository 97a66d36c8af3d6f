package gradflow.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The linear readout from the top of the stack at the loss steps s_1 … s_K, and the loss:
 *
 * <pre>
 * (1) o_k = y_{s_k} Wo + bo                                        (B x O)
 * (2) regression:     L = 1/(K·B·O) Σ_k ‖o_k − v_k‖²             (mean squared error)
 *     classification: L = 1/(K·B) Σ_k Σ_b −log softmax(o_k[b])[label]   (cross-entropy)
 * backward:
 * (3) do_k = 2 (o_k − v_k) / (K·B·O),  or  (softmax(o_k) − onehot) / (K·B)
 * (4) dWo = Σ_k y_{s_k}ᵀ do_k,  dbo = Σ_k 1ᵀ do_k,  dy_{s_k} += do_k Woᵀ
 * </pre>
 */
final class Readout {
  private final Kernels k;
  final int hidden;
  final int outputs;
  final Param Wo;
  final Param bo;
  private final DMatrixRMaj WoT;
  private final DMatrixRMaj o = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj dO = new DMatrixRMaj(1, 1);
  private Batch.Target target;
  private int batch;

  Readout(Kernels k, int hidden, int outputs, SplittableRandom rng) {
    this.k = k;
    this.hidden = hidden;
    this.outputs = outputs;
    Wo = new Param("Wo", hidden, outputs);
    bo = new Param("bo", 1, outputs);
    Init.fill(Wo.value, 0, outputs, InitScheme.XAVIER, rng);
    WoT = new DMatrixRMaj(outputs, hidden);
  }

  List<Param> params() {
    return List.of(Wo, bo);
  }

  double forward(DMatrixRMaj y, int batch, Batch.Target target) {
    this.target = target;
    this.batch = batch;
    int[] steps = target.steps();
    int K = steps.length;
    int O = outputs;
    int B = batch;
    Cell.fit(o, K * B, O);
    Cell.fit(dO, K * B, O);
    // (1) o_k = y_{s_k} Wo + bo   (B x H)(H x O)
    for (int q = 0; q < K; q++) {
      k.mult(
          y.data,
          steps[q] * B * hidden,
          hidden,
          Wo.v(),
          0,
          O,
          o.data,
          q * B * O,
          O,
          B,
          hidden,
          O,
          false);
    }
    Cell.addBias(o.data, 0, K * B, O, bo.v());
    double loss = 0;
    switch (target) {
      case Batch.Regression reg -> {
        // (2), (3) mean squared error
        double scale = 1.0 / ((double) K * B * O);
        for (int q = 0; q < K; q++) {
          double[] v = reg.values()[q].data;
          for (int i = 0; i < B * O; i++) {
            double e = o.data[q * B * O + i] - v[i];
            loss += e * e;
            dO.data[q * B * O + i] = 2.0 * e * scale;
          }
        }
        loss *= scale;
      }
      case Batch.Classification cls -> {
        // (2), (3) softmax cross-entropy, shifted by the row maximum so that exp cannot overflow
        double scale = 1.0 / ((double) K * B);
        for (int q = 0; q < K; q++) {
          int[] labels = cls.labels()[q];
          for (int r = 0; r < B; r++) {
            int row = (q * B + r) * O;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < O; j++) {
              max = Math.max(max, o.data[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < O; j++) {
              double e = Exp.exp(o.data[row + j] - max);
              dO.data[row + j] = e;
              sum += e;
            }
            loss += StrictMath.log(sum) + max - o.data[row + labels[r]];
            for (int j = 0; j < O; j++) {
              dO.data[row + j] = (dO.data[row + j] / sum - (j == labels[r] ? 1.0 : 0.0)) * scale;
            }
          }
        }
        loss *= scale;
      }
    }
    return loss;
  }

  void backward(DMatrixRMaj y, DMatrixRMaj dy) {
    int[] steps = target.steps();
    int B = batch;
    int O = outputs;
    CommonOps_DDRM.transpose(Wo.value, WoT);
    for (int q = 0; q < steps.length; q++) {
      int yo = steps[q] * B * hidden;
      // (4) dWo += y_{s_k}ᵀ do_k   (H x O)
      k.multTransA(y.data, yo, hidden, dO.data, q * B * O, O, Wo.g(), 0, O, hidden, B, O);
      // (4) dy_{s_k} += do_k Woᵀ   (B x O)(O x H)
      k.mult(dO.data, q * B * O, O, WoT.data, 0, hidden, dy.data, yo, hidden, B, O, hidden, true);
    }
    Cell.addColumnSums(dO.data, 0, steps.length * B, O, bo.g());
  }
}
