package gradflow.ui.chart;

import software.xdev.chartjs.model.charts.AbstractChart;

/**
 * A chartjs-chart-matrix heatmap, in chartjs-java-model's style (the model has no matrix type of
 * its own). Cells are {@link MatrixCell}s; their colour and size come from the rules that {@link
 * MatrixOptions} names.
 */
public class MatrixChart extends AbstractChart<MatrixChart, MatrixOptions, MatrixData> {

  public MatrixChart(MatrixData data, MatrixOptions options) {
    super(data, options);
  }

  /** A heatmap without cells yet: they come with each update ({@link ChartJs#updateMatrix}). */
  public static MatrixChart empty(MatrixOptions options) {
    return new MatrixChart(new MatrixData().addDataset(new MatrixDataset()), options);
  }

  @Override
  public String getType() {
    return "matrix";
  }
}
