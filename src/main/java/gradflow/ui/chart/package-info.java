/**
 * A thin Flow component over Chart.js (with chartjs-chart-matrix for heatmaps), configured with
 * typed chartjs-java-model objects. It stands in for XDEV's vaadin-chartjs-wrapper add-on, which
 * the package registry reachable here does not serve, and keeps that add-on's {@code
 * showChart(json)} shape so that it can be swapped in later.
 */
package gradflow.ui.chart;
