package gradflow.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.classroom.ClassRun;
import gradflow.experiment.SettingsTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The class's finished runs as cards, oldest first, kept live by the page's push events: a new run
 * adds a card, a hidden one leaves the students' gallery (the instructor's shows it dimmed). The
 * instructor's page passes {@code decorate} to give each card its actions.
 */
final class Gallery extends ClassBox {
  private final SettingsTable table;
  private final boolean showHidden;
  private final Consumer<RunCard> decorate;
  private final Div cards = new Div();
  private final Paragraph empty = new Paragraph(ClassText.t("class.gallery.empty"));
  private final Map<String, RunCard> byId = new LinkedHashMap<>();
  private final Paragraph key = new Paragraph();
  private double[] range = {Double.NaN, Double.NaN};
  private boolean filling;

  /**
   * @param showHidden true for the instructor, who may show a hidden run again
   * @param decorate adds a card's actions; does nothing on a student's page
   */
  Gallery(SettingsTable table, boolean showHidden, Consumer<RunCard> decorate) {
    super("gallery", ClassText.t("class.gallery.heading"));
    this.table = table;
    this.showHidden = showHidden;
    this.decorate = decorate;
    cards.setId("gallery-cards");
    cards.addClassName("gf-gallery");
    cards.getElement().setAttribute("role", "list");
    cards.getElement().setAttribute("aria-labelledby", "gallery-title");
    empty.setId("gallery-empty");
    empty.addClassName("gf-caption");
    key.setId("gallery-key");
    key.addClassName("gf-caption");
    add(key, empty, cards);
  }

  void show(List<ClassRun> runs) {
    byId.clear();
    cards.removeAll();
    // One range for the whole gallery, and each picture drawn once on it.
    filling = true;
    runs.forEach(this::put);
    filling = false;
    range = new double[] {Double.NaN, Double.NaN};
    count();
  }

  /** A run joined the gallery, or was hidden or shown again. */
  void put(ClassRun run) {
    RunCard old = byId.remove(run.id());
    if (run.hidden() && !showHidden) {
      if (old != null) {
        cards.remove(old);
      }
      count();
      return;
    }
    var card = new RunCard(run, table);
    if (!filling && !Double.isNaN(range[0])) {
      card.paint(range[0], range[1]);
    }
    decorate.accept(card);
    if (old != null) {
      cards.replace(old, card);
    } else {
      cards.add(card);
    }
    byId.put(run.id(), card);
    count();
  }

  /**
   * Keeps every card on one colour range, that of the cards shown: a new card beyond it widens it
   * for all, so that the cards stay comparable as the gallery fills.
   */
  private void repaint() {
    var maps =
        byId.values().stream().map(RunCard::run).filter(RunCard::hasHeatmap).map(ClassRun::heatmap);
    double[] now = HeatmapPicture.range(maps.toList());
    if (now[0] != range[0] || now[1] != range[1]) {
      range = now;
      byId.values().forEach(card -> card.paint(range[0], range[1]));
    }
    key.setText(
        ClassText.t("class.gallery.key", ClassText.value(range[0]), ClassText.value(range[1])));
    key.setVisible(!byId.isEmpty());
  }

  List<ClassRun> runs() {
    return byId.values().stream().map(RunCard::run).toList();
  }

  private void count() {
    if (!filling) {
      repaint();
    }
    empty.setVisible(byId.isEmpty());
    getElement().setAttribute("data-cards", Integer.toString(byId.size()));
  }
}
