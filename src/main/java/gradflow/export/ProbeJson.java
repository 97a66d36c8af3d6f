package gradflow.export;

import gradflow.engine.CellTerms;
import gradflow.engine.GradientModes;
import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import java.util.List;

/**
 * A probe as JSON, for the REST API and the {@code probes.json} download alike: the fields of
 * DESIGN.md's probe contract, plus {@code finite}. JSON has no NaN or infinity, so a number that is
 * not finite is written as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"};
 * {@code finite: false} says that some number is.
 *
 * @param eigenvalues [layer][block]: {@code {block, radius, re[], im[]}} of each recurrent matrix
 * @param cellTerms [layer][t]: {@code {a, b, c, d}}, the batch means of ‖δc_t A_t‖ … ‖δc_t D_t‖,
 *     the four terms of ∂c_t/∂c_{t−1} for lstm layers (see {@link CellTerms}); null for others
 * @param cellProducts [layer][t]: {@code {all, b}}, ‖v ∏(A_s+B_s+C_s+D_s)‖ and ‖v ∏B_s‖ from the
 *     last step back to t, for lstm layers; null for others
 * @param stepWeightGrad [layer][t]: ‖(∂L/∂W_h)|_t‖, step t's share of the recurrent weight gradient
 * @param stepJacobian [layer]: {@code {gain[], gamma, sigmaMax, rho, bound}} for rnn and indrnn
 * @param gradientModes [layer]: {@code {re[], im[], coefficient[], measured[]}} for rnn layers
 * @param depthGain [layer]: mean ‖dL/du_l‖ over mean ‖dL/dy_l‖ ("NaN" for layer 0)
 * @param depthBound [layer]: its bound for feed-forward layers, "NaN" where there is none
 * @param spectraStep the step whose weights spectralRadius and eigenvalues describe (an earlier
 *     probe's when the decompositions were left for later, to keep probes cheap)
 * @param derivationsStep the step whose pass cellTerms through depthBound measured (an earlier
 *     probe's when they were carried, to keep probes cheap)
 */
public record ProbeJson(
    int step,
    boolean finite,
    double loss,
    double[][] hiddenGrad,
    double[][] cellGrad,
    double[][] forgetGate,
    double[] weightGrad,
    double readoutGrad,
    double globalNormBefore,
    double globalNormAfter,
    boolean clipped,
    double[][] spectralRadius,
    Spectrum[][] eigenvalues,
    Term[][] cellTerms,
    Product[][] cellProducts,
    double[][] stepWeightGrad,
    Jacobian[] stepJacobian,
    GradientModes[] gradientModes,
    double[] depthGain,
    double[] depthBound,
    int spectraStep,
    int derivationsStep) {

  /** One step's four terms of ∂c_t/∂c_{t−1}. */
  public record Term(double a, double b, double c, double d) {}

  /** The running products back to one step. */
  public record Product(double all, double b) {}

  /** The step Jacobian of one layer, with its bound spelled out. */
  public record Jacobian(double[] gain, double gamma, double sigmaMax, double rho, double bound) {}

  /** The JSON form of a probe; null for none. */
  public static ProbeJson of(Probe p) {
    return p == null
        ? null
        : new ProbeJson(
            p.step(),
            p.finite(),
            p.loss(),
            p.hiddenGrad(),
            p.cellGrad(),
            p.forgetGate(),
            p.weightGrad(),
            p.readoutGrad(),
            p.globalNormBefore(),
            p.globalNormAfter(),
            p.clipped(),
            p.spectralRadius(),
            p.eigenvalues(),
            perLayer(p.cellTerms(), ProbeJson::terms, Term[][]::new),
            perLayer(p.cellTerms(), ProbeJson::products, Product[][]::new),
            p.stepWeightGrad(),
            perLayer(
                p.stepJacobian(),
                j -> new Jacobian(j.gain(), j.gamma(), j.sigmaMax(), j.rho(), j.bound()),
                Jacobian[]::new),
            p.gradientModes(),
            p.depthGain(),
            p.depthBound(),
            p.spectraStep() == null ? p.step() : p.spectraStep(),
            p.derivationsStep() == null ? p.step() : p.derivationsStep());
  }

  private static Term[] terms(CellTerms t) {
    Term[] out = new Term[t.a().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Term(t.a()[i], t.b()[i], t.c()[i], t.d()[i]);
    }
    return out;
  }

  private static Product[] products(CellTerms t) {
    Product[] out = new Product[t.a().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Product(t.productAll()[i], t.productB()[i]);
    }
    return out;
  }

  /** f of each layer's entry, null where the layer has none; null for a probe without them. */
  private static <A, B> B[] perLayer(
      A[] layers, java.util.function.Function<A, B> f, java.util.function.IntFunction<B[]> array) {
    if (layers == null) {
      return null;
    }
    B[] out = array.apply(layers.length);
    for (int l = 0; l < layers.length; l++) {
      out[l] = layers[l] == null ? null : f.apply(layers[l]);
    }
    return out;
  }

  /** Each probe's JSON form, in the same order. */
  public static List<ProbeJson> of(List<Probe> probes) {
    return probes.stream().map(ProbeJson::of).toList();
  }
}
