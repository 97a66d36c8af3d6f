package gradflow.ui.chart;

import software.xdev.chartjs.model.dataset.Dataset;

/** One layer of heatmap cells. */
public class MatrixDataset extends Dataset<MatrixDataset, MatrixCell> {

  public MatrixDataset() {
    withDefaultType();
  }

  @Override
  protected String defaultType() {
    return "matrix";
  }
}
