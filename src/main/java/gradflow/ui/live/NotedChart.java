package gradflow.ui.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.i18n.I18n;

/**
 * A live chart with a note under it, for what could not be drawn and why, and its numbers as a
 * table, which is also its text alternative.
 */
abstract class NotedChart extends Div {

  final ChartJs chart = new ChartJs();
  final Paragraph note = new Paragraph();
  final NumbersTable numbers = new NumbersTable(I18n.t("chart.numbers"));

  NotedChart(String id, String height, ChartWords words) {
    addClassName("gf-live-chart");
    chart.setId(id);
    chart.setHeight(height);
    chart.setAccessibleLabel(words.accessible());
    note.addClassName("gf-chart-note");
    add(chart, note, numbers);
  }

  /**
   * The words for a probe whose derivations' quantities are an earlier probe's (followed by a
   * space), or "" when they are its own.
   */
  static String derivedEarlier(gradflow.engine.Probe probe) {
    return probe.freshDerivations()
        ? ""
        : I18n.t("chart.derive.earlier", probe.derivationsStep(), probe.step()) + " ";
  }
}
