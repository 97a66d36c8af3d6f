package gradflow.classroom;

import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A gallery card's small heatmap: log10 of a probe's hiddenGrad, at most {@link #MAX_LAYERS} layers
 * by {@link #MAX_STEPS} time steps. Deeper stacks show evenly picked layers, first and last
 * included, each row a real layer; longer sequences average log10 over runs of neighbouring steps
 * (a geometric mean, which suits a log scale). A cell stays NaN if any of its steps is NaN, else
 * +Infinity if any is infinite, else -Infinity for a gradient of exactly 0, so that the card can
 * name each in words.
 *
 * @param layers the 1-based layer of each row
 * @param steps the 1-based first time step of each column
 * @param log10 [row][column]
 */
public record Heatmap(int[] layers, int[] steps, double[][] log10) {
  public static final int MAX_LAYERS = 8;
  public static final int MAX_STEPS = 32;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The small picture of a probe's hiddenGrad[layer][t]. */
  public static Heatmap of(double[][] hiddenGrad) {
    int depth = hiddenGrad.length;
    int length = depth == 0 ? 0 : hiddenGrad[0].length;
    int rows = Math.min(depth, MAX_LAYERS);
    int columns = Math.min(length, MAX_STEPS);
    int[] layers = new int[rows];
    for (int r = 0; r < rows; r++) {
      layers[r] = rows == 1 ? 0 : (int) Math.round(r * (depth - 1) / (double) (rows - 1));
    }
    int[] steps = new int[columns];
    double[][] cells = new double[rows][columns];
    for (int c = 0; c < columns; c++) {
      int first = (int) ((long) c * length / columns);
      int end = (int) ((long) (c + 1) * length / columns);
      steps[c] = first + 1;
      for (int r = 0; r < rows; r++) {
        cells[r][c] = meanLog10(hiddenGrad[layers[r]], first, end);
      }
    }
    return new Heatmap(Arrays.stream(layers).map(l -> l + 1).toArray(), steps, cells);
  }

  private static double meanLog10(double[] values, int from, int to) {
    boolean nan = false;
    boolean infinite = false;
    boolean zero = false;
    double sum = 0;
    for (int t = from; t < to; t++) {
      double v = values[t];
      nan |= Double.isNaN(v);
      infinite |= Double.isInfinite(v);
      zero |= v == 0;
      sum += Math.log10(Math.abs(v));
    }
    if (nan) {
      return Double.NaN;
    }
    if (infinite) {
      return Double.POSITIVE_INFINITY;
    }
    return zero ? Double.NEGATIVE_INFINITY : sum / (to - from);
  }

  /** As stored and sent: numbers, and the strings "NaN", "Infinity", "-Infinity". */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode l = root.putArray("layers");
    Arrays.stream(layers).forEach(l::add);
    ArrayNode s = root.putArray("steps");
    Arrays.stream(steps).forEach(s::add);
    ArrayNode rows = root.putArray("log10");
    for (double[] row : log10) {
      ArrayNode out = rows.addArray();
      for (double v : row) {
        if (Double.isFinite(v)) {
          out.add(v);
        } else {
          out.add(Double.toString(v));
        }
      }
    }
    return JSON.writeValueAsString(root);
  }

  /** Reads {@link #toJson()}'s text back. */
  public static Heatmap fromJson(String json) {
    JsonNode root = JSON.readTree(json);
    int[] layers = ints(root.get("layers"));
    int[] steps = ints(root.get("steps"));
    JsonNode rows = root.get("log10");
    double[][] cells = new double[rows.size()][];
    for (int r = 0; r < cells.length; r++) {
      JsonNode row = rows.get(r);
      cells[r] = new double[row.size()];
      for (int c = 0; c < cells[r].length; c++) {
        JsonNode v = row.get(c);
        cells[r][c] = v.isNumber() ? v.asDouble() : Double.parseDouble(v.asString());
      }
    }
    return new Heatmap(layers, steps, cells);
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Heatmap h
        && Arrays.equals(layers, h.layers)
        && Arrays.equals(steps, h.steps)
        && Arrays.deepEquals(log10, h.log10);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(layers) + Arrays.hashCode(steps))
        + Arrays.deepHashCode(log10);
  }

  @Override
  public String toString() {
    return toJson();
  }
}
