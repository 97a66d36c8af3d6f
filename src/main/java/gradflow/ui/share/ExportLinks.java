package gradflow.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import gradflow.export.ExportFile;
import gradflow.ui.i18n.I18n;

/**
 * Downloads of one run or saved experiment: the spec, the probes as CSV and JSON, the initial
 * weights, and a PyTorch script that rebuilds and trains the same stack; plus every chart on the
 * page as a PNG (drawn by the browser from its canvas, so it is exactly what is shown).
 */
public final class ExportLinks extends Div {

  private final Div files = new Div();
  private String shownPath;

  public ExportLinks(String id) {
    setId(id);
    addClassName("gf-export");
    var label = new Span(I18n.t("export.label"));
    var png = new Button(I18n.t("export.png"));
    png.setId(id + "-png");
    png.addClickListener(
        e ->
            getElement()
                .executeJs(
                    "const charts = [...document.querySelectorAll('gradflow-chart')]"
                        + ".filter(c => c.chart && c.offsetParent !== null);"
                        + "charts.forEach((c, i) => setTimeout(() => {"
                        + " const a = document.createElement('a');"
                        + " a.href = c.chart.toBase64Image('image/png', 1);"
                        + " a.download = 'gradflow-' + (c.id || 'chart-' + i) + '.png';"
                        + " document.body.appendChild(a); a.click(); a.remove(); }, 250 * i));"));
    files.addClassName("gf-export-files");
    add(label, files, png);
    setVisible(false);
  }

  /** Offers the files under an export path, e.g. {@code /api/runs/<id>/export}. */
  public void show(String exportPath) {
    setVisible(true);
    if (exportPath.equals(shownPath)) {
      return;
    }
    shownPath = exportPath;
    files.removeAll();
    for (ExportFile file : ExportFile.values()) {
      var link = new Anchor(exportPath + "/" + file.fileName(), file.fileName());
      link.getElement().setAttribute("download", true);
      link.setId(getId().orElse("export") + "-" + file.fileName().replace('.', '-'));
      files.add(link);
    }
    setVisible(true);
  }

  public void hide() {
    setVisible(false);
  }
}
