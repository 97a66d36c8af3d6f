package gradflow.ui.live;

import com.vaadin.flow.component.select.Select;
import gradflow.engine.Probe;
import gradflow.engine.Spectrum;
import gradflow.ui.chart.Titles;
import gradflow.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.datapoint.ScatterDataPoint;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.scale.Scales;

/**
 * The eigenvalues λ of every recurrent matrix W_h in the complex plane, against the unit circle.
 * Along an eigenvector the gradient is multiplied by λ at every step back in time, so eigenvalues
 * inside the circle make it vanish and eigenvalues outside make it explode; the tooltip shows how
 * far: |λ|^50.
 *
 * <p>The chart is configured for the probe's matrices on the first {@link #show} after {@link
 * #reset} (or when a probe brings other matrices) and updated in place after that.
 */
public class EigenvalueChart extends NotedChart {

  static final ChartWords WORDS = new ChartWords("chart.eigen");

  /** Every word of this chart's own, in one place for translation. */
  static final class Text {
    static String unitCircle() {
      return I18n.t("chart.eigen.unitCircle");
    }

    /** Said when the probe carries the eigenvalues an earlier probe computed. */
    static String earlier(int spectraStep, int step) {
      return I18n.t("chart.eigen.earlier", spectraStep, step);
    }

    static String noRecurrent() {
      return I18n.t("chart.eigen.noRecurrent");
    }

    static List<String> headers() {
      return List.of(I18n.t("chart.eigen.header.matrix"), "λ", "|λ|", "|λ|^" + Spectra.POWER);
    }

    static String seriesName(int layer, String block) {
      return I18n.t("chart.eigen.series", layer + 1, blockName(block));
    }

    /** W_h for rnn; the gate block for lstm (i, f, o, g) and gru (u, r, g); u for indrnn. */
    static String blockName(String block) {
      return I18n.find(I18n.current(), "chart.eigen.block." + block).orElse(block);
    }

    static String complex(double re, double im) {
      return String.format(
          Locale.ROOT,
          "%s %s %si",
          Numbers.format(re),
          im < 0 ? "−" : "+",
          Numbers.format(Math.abs(im)));
    }

    static List<String> tooltip(double re, double im, int power) {
      double modulus = Math.hypot(re, im);
      return List.of(
          "λ = " + complex(re, im),
          "|λ| = " + Numbers.format(modulus),
          "|λ|^" + power + " = " + Numbers.format(Math.pow(modulus, power)));
    }

    static String nonFinite(String series, int count) {
      return I18n.t("chart.eigen.nonFinite", series, count);
    }

    static String onEdge(double edge) {
      return I18n.t("chart.eigen.onEdge", Numbers.format(edge));
    }

    static String beyondEdge(String series, int count, double rho) {
      return I18n.t(
          "chart.eigen.beyondEdge",
          series,
          count,
          Numbers.format(Spectra.EDGE),
          Numbers.format(rho));
    }

    static String chooser() {
      return I18n.t("chart.eigen.chooser");
    }

    static String summary(String series, double rho, int count, int outside) {
      return I18n.t("chart.eigen.summary", series, Numbers.format(rho), count, outside);
    }
  }

  /** Enough to trace the circle smoothly at any size the page gives the chart. */
  static final int CIRCLE_SEGMENTS = 128;

  static final int TABLE_ROWS_PER_MATRIX = 32;

  private final Select<Spectra.Series> chooser = new Select<>();
  private List<Spectra.Series> shownSeries;
  private Spectra.Series drawn;
  private Probe lastProbe;

  public EigenvalueChart(String id) {
    super(id, "360px", WORDS);
    // Sixteen matrices in one plot (four LSTM layers of four gates) cannot be told apart: the
    // chart draws one matrix at a time, and the student picks which.
    chooser.setId(id + "-matrix");
    chooser.setLabel(Text.chooser());
    chooser.setItemLabelGenerator(Spectra.Series::name);
    chooser.addValueChangeListener(
        e -> {
          if (e.isFromClient() && lastProbe != null) {
            show(lastProbe);
          }
        });
    chooser.setVisible(false);
    addComponentAsFirst(chooser);
    reset();
  }

  /** Clears the chart for a new run. */
  public void reset() {
    shownSeries = null;
    drawn = null;
    lastProbe = null;
    chooser.setVisible(false);
    note.setText("");
    chart.setVisible(true);
    chart.showChart(config(List.of()));
    numbers.show(
        new NumbersTable.Content(WORDS.caption(TABLE_ROWS_PER_MATRIX), Text.headers(), List.of()));
  }

  /** Shows the eigenvalues of one probe, e.g. {@code snapshot.latestProbe()}. */
  public void show(Probe probe) {
    lastProbe = probe;
    var series = Spectra.series(probe);
    if (series.isEmpty()) {
      chart.setVisible(false);
      chooser.setVisible(false);
      note.setText(Text.noRecurrent());
      numbers.setVisible(false);
      shownSeries = series;
      return;
    }
    chart.setVisible(true);
    numbers.setVisible(true);
    if (!series.equals(shownSeries)) {
      chooser.setItems(series);
      chooser.setValue(series.getFirst());
      chooser.setVisible(series.size() > 1);
      shownSeries = series;
    }
    var chosen = chooser.getValue() == null ? series.getFirst() : chooser.getValue();
    if (!chosen.equals(drawn)) {
      chart.showChart(config(List.of(chosen)));
      drawn = chosen;
    }
    var datasets = new ArrayList<Map<String, Object>>();
    var notes = new ArrayList<String>();
    var summaries = new ArrayList<String>();
    var rows = new ArrayList<List<String>>();
    for (var s : series) {
      Spectrum spectrum = probe.eigenvalues()[s.layer()][s.block()];
      if (s.equals(chosen)) {
        datasets.add(Map.of("data", Spectra.points(spectrum)));
        int far = Spectra.beyondEdge(spectrum);
        if (far > 0) {
          notes.add(Text.beyondEdge(s.name(), far, spectrum.radius()));
        }
      }
      int bad = Spectra.nonFinite(spectrum);
      if (bad > 0) {
        notes.add(Text.nonFinite(s.name(), bad));
      }
      summaries.add(
          Text.summary(s.name(), spectrum.radius(), spectrum.re().length, outside(spectrum)));
      rows.addAll(tableRows(s.name(), spectrum));
    }
    if (!probe.freshSpectra()) {
      notes.addFirst(Text.earlier(probe.spectraStep(), probe.step()));
    }
    var update = new LinkedHashMap<String, Object>();
    update.put("datasets", datasets);
    chart.updateData(update);
    note.setText(String.join(" ", notes));
    chart.setAccessibleLabel(WORDS.accessible() + " " + String.join(" ", summaries));
    numbers.show(
        new NumbersTable.Content(WORDS.caption(TABLE_ROWS_PER_MATRIX), Text.headers(), rows));
  }

  static int outside(Spectrum spectrum) {
    int count = 0;
    for (int i = 0; i < spectrum.re().length; i++) {
      if (Math.hypot(spectrum.re()[i], spectrum.im()[i]) > 1) {
        count++;
      }
    }
    return count;
  }

  /** The table's rows for one matrix: its largest eigenvalues by |λ|, NaN ones last. */
  static List<List<String>> tableRows(String name, Spectrum spectrum) {
    var order = new ArrayList<Integer>();
    for (int i = 0; i < spectrum.re().length; i++) {
      order.add(i);
    }
    Comparator<Integer> byModulus =
        Comparator.comparingDouble(i -> Math.hypot(spectrum.re()[i], spectrum.im()[i]));
    // Double's order puts NaN above +Infinity, so reversed it comes first; move it last instead.
    order.sort(
        Comparator.<Integer, Boolean>comparing(
                i -> Double.isNaN(Math.hypot(spectrum.re()[i], spectrum.im()[i])))
            .thenComparing(byModulus.reversed()));
    var rows = new ArrayList<List<String>>();
    for (int i : order.subList(0, Math.min(order.size(), TABLE_ROWS_PER_MATRIX))) {
      double re = spectrum.re()[i];
      double im = spectrum.im()[i];
      double modulus = Math.hypot(re, im);
      rows.add(
          List.of(
              name,
              Text.complex(re, im),
              Numbers.format(modulus),
              Numbers.format(Math.pow(modulus, Spectra.POWER))));
    }
    return rows;
  }

  /** The scatter chart with one dataset per matrix and the unit circle last. */
  static ScatterChart config(List<Spectra.Series> series) {
    var data = new ScatterData();
    for (int i = 0; i < series.size(); i++) {
      var style = SeriesStyle.of(i);
      data.addDataset(
          new ScatterDataset()
              .setLabel(series.get(i).name())
              .setBorderColor(style.colour())
              .setBackgroundColor(style.colour())
              .setPointStyle(List.<Object>of(style.pointStyle()))
              .setPointRadius(List.of(4))
              .setPointHoverRadius(List.of(6)));
    }
    var circle =
        new ScatterDataset()
            .setLabel(Text.unitCircle())
            .setShowLine(true)
            .setBorderColor("#555555")
            .setBackgroundColor("#555555")
            .setBorderWidth(1)
            .setBorderDash(List.of(4, 3))
            .setPointRadius(List.of(0))
            .setPointHitRadius(List.of(0))
            .setPointStyle(List.<Object>of("line"));
    for (var p : Spectra.unitCircle(CIRCLE_SEGMENTS)) {
      circle.addData(new ScatterDataPoint(p.x(), p.y()));
    }
    data.addDataset(circle);
    var options =
        new PointRules()
            .pointLabelTooltips()
            .equalAspect(1.1)
            .setAnimation(false)
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, Titles.linearAxis(WORDS.xAxis()))
                    .addScale(Scales.ScaleAxis.Y, Titles.linearAxis(WORDS.yAxis())))
            .setPlugins(Titles.chartWithLegend(WORDS.title()));
    return new ScatterChart(data, options);
  }
}
