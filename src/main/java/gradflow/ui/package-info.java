/**
 * The Vaadin Flow pages and components: the playground shell, the stack builder, the run controls
 * and the Chart.js component that draws the live charts.
 */
package gradflow.ui;
