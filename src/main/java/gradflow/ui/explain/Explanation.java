package gradflow.ui.explain;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import gradflow.engine.CellKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A collapsed panel under a chart or a lesson: a summary ("Why?" or "The math") that opens onto the
 * explanation with its math typeset, and the papers it rests on. Collapsed by default, so the page
 * stays short for a student who only wants to play.
 *
 * <p>It follows the page's language: whenever the UI's locale changes the texts are read again.
 */
public class Explanation extends Details implements LocaleChangeObserver {

  private final String summaryKey;
  private final Span summary = new Span();
  private final Span topic = new Span();
  private final MathText body = new MathText();
  private final Paragraph papers = new Paragraph();
  private String key;
  private CellKind cell;
  private Explanations texts;

  Explanation(String id, String summaryKey, String key, Locale locale) {
    this.summaryKey = summaryKey;
    this.key = key;
    setId(id);
    addClassName("gf-why");
    setOpened(false);
    body.setId(id + "-text");
    papers.addClassName("gf-papers");
    // Eight panels all called "Why?" would be indistinguishable in a screen reader's list of
    // buttons, so each also names its chart, in words only a screen reader reads.
    topic.addClassName("gf-sr-only");
    setSummary(new Span(summary, topic));
    add(body, papers);
    texts = Explanations.forLocale(locale);
    refresh();
  }

  /**
   * The "Why?" panel of a chart in the current page's language; its id is {@code why-<chartId>}.
   */
  public static Explanation ofChart(String chartId) {
    return ofChart(chartId, pageLocale());
  }

  /** The "Why?" panel of a chart, whose id is {@code why-<chartId>}. */
  public static Explanation ofChart(String chartId, Locale locale) {
    return new Explanation("why-" + chartId, "panel.why", Explanations.chartKey(chartId), locale);
  }

  /**
   * The "Why?" panel of a chart that appears once per side of a comparison: its id (and its parts')
   * is {@code why-<chartId>-<side>}.
   */
  public static Explanation ofChart(String chartId, String side) {
    return new Explanation(
        "why-" + chartId + "-" + side, "panel.why", Explanations.chartKey(chartId), pageLocale());
  }

  /** The "The math" panel of the lessons in the current page's language. */
  public static Explanation ofLessons() {
    return ofLessons(pageLocale());
  }

  /** The "The math" panel of the lessons, empty until {@link #showLesson}. */
  public static Explanation ofLessons(Locale locale) {
    return new Explanation("lesson-math", "panel.math", null, locale);
  }

  /**
   * The "The math" panel of a layer's cell, whose id is {@code idPrefix + "math"}: the cell's
   * equations and paper from its {@link CellKind}, with the words of {@code cell.<id>}.
   */
  public static Explanation ofCell(String idPrefix) {
    return new Explanation(idPrefix + "math", "panel.math", null, pageLocale());
  }

  /** Shows the equations of this cell kind. */
  public void showCell(CellKind kind) {
    if (kind != cell) {
      cell = kind;
      key = Explanations.cellKey(kind.specName());
      refresh();
    }
  }

  /** Shows the explanation of a lesson, or hides the panel for none. */
  public void showLesson(String presetId) {
    key = presetId == null ? null : Explanations.lessonKey(presetId);
    refresh();
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    texts = Explanations.forLocale(event.getLocale());
    refresh();
  }

  /** Outside a page (component tests) there is no UI to ask, and English is the fallback anyway. */
  private static Locale pageLocale() {
    UI ui = UI.getCurrent();
    return ui == null ? Locale.ENGLISH : ui.getLocale();
  }

  /** The words on the panel's summary, as a sighted student reads them. */
  public String summaryText() {
    return summary.getText();
  }

  MathText body() {
    return body;
  }

  String papersText() {
    return papers.getText();
  }

  private void refresh() {
    summary.setText(texts.label(summaryKey));
    var name = key == null ? Optional.<String>empty() : texts.body(key + ".name");
    topic.setText(name.map(n -> " " + n).orElse(""));
    var text = key == null ? Optional.<String>empty() : texts.body(key);
    var cited = key == null ? List.<String>of() : texts.papers(key);
    if (cell != null) {
      // A cell's equations and paper are its description's, the same in every language.
      text = Optional.of("$$" + cell.equations() + "$$\n" + text.orElse(""));
      cited = List.of(texts.citation(cell.paper()));
    }
    // A chart or lesson without words gets no empty panel.
    setVisible(text.isPresent());
    body.setSource(text.orElse(""));
    papers.setText(
        cited.isEmpty() ? "" : texts.label("panel.papers") + " " + String.join("; ", cited));
    papers.setVisible(!cited.isEmpty());
  }
}
