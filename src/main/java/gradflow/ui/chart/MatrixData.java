package gradflow.ui.chart;

import software.xdev.chartjs.model.data.HomogeneousData;

/** The data of a {@link MatrixChart}: one or more datasets of cells. */
public class MatrixData extends HomogeneousData<MatrixData, MatrixDataset> {}
