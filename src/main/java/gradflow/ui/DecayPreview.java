package gradflow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.ui.chart.ChartJs;
import gradflow.ui.chart.MatrixCell;
import gradflow.ui.chart.MatrixChart;
import gradflow.ui.chart.MatrixData;
import gradflow.ui.chart.MatrixDataset;
import gradflow.ui.chart.MatrixOptions;
import gradflow.ui.i18n.I18n;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Before any run: the decay that lesson 1 predicts, streamed from the server. Backpropagation
 * through time carries the gradient back one step at a time, multiplying it by ρ at each step, so
 * after a distance ℓ it has size ρ^ℓ. The heatmap fills in column by column as the gradient travels
 * back, one row per ρ: the rows below 1 fade, the row at 1 holds, the rows above 1 grow.
 *
 * <p>It plays {@value #SWEEPS} sweeps and then holds the whole picture, and it ticks only while it
 * is shown: a room of idle pages, or pages whose runs have replaced it, must not keep the server
 * and the students' browsers busy redrawing it.
 */
class DecayPreview extends Div {

  static final int DISTANCES = 50;
  static final double[] RHOS = {0.5, 0.8, 0.95, 1.0, 1.05, 1.2};
  static final Duration TICK = Duration.ofMillis(250);
  static final int COLUMNS_PER_TICK = 2;

  /** Ticks to hold the finished picture before the next sweep starts. */
  static final int HOLD_TICKS = 8;

  /** Sweeps played each time the preview is shown. */
  static final int SWEEPS = 3;

  private final ScheduledExecutorService ticker;
  private final ChartJs chart = new ChartJs();
  private final Paragraph caption = new Paragraph();
  private ScheduledFuture<?> ticking;
  private UI ui;
  private long tick;

  DecayPreview(ScheduledExecutorService ticker) {
    this.ticker = ticker;
    addClassName("gf-preview");
    chart.setId("decay-preview");
    chart.setHeight("260px");
    chart.setAccessibleLabel(I18n.t("preview.aria", Arrays.toString(RHOS), DISTANCES - 1));
    caption.setId("decay-preview-caption");
    caption.addClassName("gf-caption");
    add(chart, caption);
  }

  /** log10(ρ^ℓ) for every row ρ and the distances ℓ below {@code reached}: row r, column ℓ. */
  static List<MatrixCell> cells(int reached) {
    var cells = new ArrayList<MatrixCell>(reached * RHOS.length);
    for (int r = 0; r < RHOS.length; r++) {
      for (int l = 0; l < reached; l++) {
        cells.add(new MatrixCell(l, r, l * Math.log10(RHOS[r])));
      }
    }
    return cells;
  }

  /**
   * How far back the gradient has travelled at a tick: a sweep, a pause on the whole picture,
   * again, and after the last sweep the whole picture for good.
   */
  static int reached(long tick) {
    if (finished(tick)) {
      return DISTANCES;
    }
    return (int) Math.min(DISTANCES, (tick % sweepTicks() + 1) * COLUMNS_PER_TICK);
  }

  /** Whether the sweeps are over at this tick, so that ticking can stop. */
  static boolean finished(long tick) {
    return tick >= SWEEPS * sweepTicks() - 1;
  }

  private static long sweepTicks() {
    return DISTANCES / COLUMNS_PER_TICK + HOLD_TICKS;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    var rowLabels =
        Arrays.stream(RHOS).mapToObj(rho -> String.format(Locale.ROOT, "ρ = %.2f", rho)).toList();
    var options =
        new MatrixOptions()
            .setRange(-6, 4)
            .setGrid(DISTANCES, RHOS.length)
            .setRowLabels(rowLabels)
            .setValueLabel("log10 ρ^ℓ")
            .setTitles(I18n.t("preview.title"), I18n.t("preview.xAxis"));
    chart.showChart(MatrixChart.empty(options));
    ui = event.getUI();
    tick = 0;
    if (isVisible()) {
      startTicking();
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopTicking();
    ui = null;
  }

  /** Plays the sweeps again when shown, and stops when hidden (a run's charts replace it). */
  @Override
  public void setVisible(boolean visible) {
    super.setVisible(visible);
    if (!visible) {
      stopTicking();
    } else if (ui != null && ticking == null) {
      tick = 0;
      startTicking();
    }
  }

  /** Whether it is still playing: for tests, and false once the sweeps are over. */
  boolean isTicking() {
    return ticking != null;
  }

  private void startTicking() {
    var target = ui;
    ticking =
        ticker.scheduleAtFixedRate(
            () -> target.access(this::advance), 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void stopTicking() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
  }

  private void advance() {
    long now = tick++;
    int reached = reached(now);
    chart.updateData(new MatrixData().addDataset(new MatrixDataset().setData(cells(reached))));
    caption.setText(I18n.t("preview.caption", reached - 1));
    if (finished(now)) {
      stopTicking();
    }
  }
}
